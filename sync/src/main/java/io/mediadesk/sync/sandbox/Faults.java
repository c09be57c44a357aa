package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The fault schedule of a running sandbox: faults armed per endpoint family, each for a number of
 * requests or forever. Deterministic: the first armed fault of a family fires on the next request
 * of that family, in the order they were armed; no randomness. Thread-safe.
 *
 * <pre>{@code
 * sandbox.faults().times(Family.UPLOAD, Fault.status(503), 2);     // the next two uploads get 503
 * sandbox.faults().once(Family.FILES, Fault.retryAfterSeconds(30));
 * sandbox.faults().always(Family.DELIVERY, Fault.delay(Duration.ofSeconds(2)));
 * sandbox.faults().randomly(Family.PURGE, Fault.rateLimitResetMillis(300, 10, 1000), 0.05, 42); // 5 %, seeded
 * sandbox.faults().fired(Family.UPLOAD);                            // how many fired so far
 * }</pre>
 */
public final class Faults {
    private static final int FOREVER = -1;

    private static final class Armed {
        final Family family;
        final Fault fault;
        int remaining;
        final double probability;
        final SplittableRandom random;

        Armed(Family family, Fault fault, int remaining, double probability, SplittableRandom random) {
            this.family = family;
            this.fault = fault;
            this.remaining = remaining;
            this.probability = probability;
            this.random = random;
        }

        /** Whether it fires on this request: always, or by a draw for a random fault. */
        boolean fires() {
            return random == null || random.nextDouble() < probability;
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
        armed.add(new Armed(family, fault, count, 1, null));
        return this;
    }

    public synchronized Faults always(Family family, Fault fault) {
        armed.add(new Armed(family, fault, FOREVER, 1, null));
        return this;
    }

    /**
     * Forever, on each request of {@code family} with {@code probability}, drawn from a generator
     * seeded with {@code seed}: load tests get faults spread through a run, reproducibly.
     */
    public synchronized Faults randomly(Family family, Fault fault, double probability, long seed) {
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1]");
        }
        armed.add(new Armed(family, fault, FOREVER, probability, new SplittableRandom(seed)));
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
            if (a.family != family || !a.fires()) {
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
