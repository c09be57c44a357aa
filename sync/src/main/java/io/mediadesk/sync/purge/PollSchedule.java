package io.mediadesk.sync.purge;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * When each submitted purge is next polled: {@code first} after its submission, then with the
 * wait doubling up to {@code max} while it stays Pending. Earliest first; not thread-safe (the
 * runner's one thread owns it).
 */
final class PollSchedule {
    private record Slot(Instant at, long id) {
    }

    private final Duration first;
    private final Duration max;
    private final TreeSet<Slot> byTime = new TreeSet<>(Comparator.comparing(Slot::at).thenComparingLong(Slot::id));
    private final Map<Long, Slot> slots = new HashMap<>();
    private final Map<Long, Duration> waits = new HashMap<>();

    PollSchedule(Duration first, Duration max) {
        this.first = first;
        this.max = max.compareTo(first) < 0 ? first : max;
    }

    void submitted(long id, Instant at) {
        put(id, at.plus(first), first);
    }

    /** Submitted by an earlier run: poll it now, it has likely finished meanwhile. */
    void resumed(long id, Instant now) {
        put(id, now, first);
    }

    /** Still Pending (or the poll failed): wait twice as long as last time, up to the maximum. */
    void again(long id, Instant now) {
        Duration wait = waits.getOrDefault(id, first).multipliedBy(2);
        wait = wait.compareTo(max) > 0 ? max : wait;
        put(id, now.plus(wait), wait);
    }

    void done(long id) {
        Slot slot = slots.remove(id);
        if (slot != null) {
            byTime.remove(slot);
        }
        waits.remove(id);
    }

    /** The entry whose poll is due at {@code now}, earliest first. */
    OptionalLong due(Instant now) {
        return byTime.isEmpty() || byTime.first().at().isAfter(now) ? OptionalLong.empty() : OptionalLong.of(byTime.first().id());
    }

    Optional<Instant> nextAt() {
        return byTime.isEmpty() ? Optional.empty() : Optional.of(byTime.first().at());
    }

    boolean isEmpty() {
        return byTime.isEmpty();
    }

    private void put(long id, Instant at, Duration wait) {
        done(id);
        Slot slot = new Slot(at, id);
        slots.put(id, slot);
        byTime.add(slot);
        waits.put(id, wait);
    }
}
