package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fault schedule of a running sandbox: faults armed per endpoint family, each for a number of
 * requests or forever. Deterministic: the first armed fault of a family fires on the next request
 * of that family, in the order they were armed; no randomness. Thread-safe.
 *
 * <pre>{@code
 * sandbox.faults().times(Family.UPLOAD, Fault.status(503), 2);     // the next two uploads get 503
 * sandbox.faults().once(Family.FILES, Fault.retryAfterSeconds(30));
 * sandbox.faults().always(Family.DELIVERY, Fault.delay(Duration.ofSeconds(2)));
 * sandbox.faults().fired(Family.UPLOAD);                            // how many fired so far
 * }</pre>
 */
public final class Faults {
    private static final int FOREVER = -1;

    private static final class Armed {
        final Family family;
        final Fault fault;
        int remaining;

        Armed(Family family, Fault fault, int remaining) {
            this.family = family;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Armed> armed = new ArrayList<>();
    private final Map<Family, Integer> fired = new EnumMap<>(Family.class);

    public Faults once(Family family, Fault fault) {
        return times(family, fault, 1);
    }

    public synchronized Faults times(Family family, Fault fault, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        armed.add(new Armed(family, fault, count));
        return this;
    }

    public synchronized Faults always(Family family, Fault fault) {
        armed.add(new Armed(family, fault, FOREVER));
        return this;
    }

    /** Disarms everything (counts of fired faults are kept). */
    public synchronized void clear() {
        armed.clear();
    }

    public synchronized int fired(Family family) {
        return fired.getOrDefault(family, 0);
    }

    /** The fault for the next request of {@code family}, consuming one of its count. */
    synchronized Optional<Fault> take(Family family) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext();) {
            Armed a = it.next();
            if (a.family != family) {
                continue;
            }
            if (a.remaining != FOREVER && --a.remaining == 0) {
                it.remove();
            }
            fired.merge(family, 1, Integer::sum);
            return Optional.of(a.fault);
        }
        return Optional.empty();
    }
}
