package io.mediadesk.sync.sandbox;

import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Identifiers in the service's shapes: 24 hex digits for files, folders, versions and jobs (the
 * creation second, then a persisted counter, so ids stay unique across restarts), 9 base62
 * characters for unique-name suffixes and named transformations. The random part is seeded.
 */
final class Ids {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final State state;
    private final Clock clock;
    private final Random random;

    Ids(State state, Clock clock, long seed) {
        this.state = state;
        this.clock = clock;
        this.random = new Random(seed);
    }

    synchronized String objectId() {
        long seconds = clock.instant().getEpochSecond();
        return String.format("%08x%016x", seconds & 0xffffffffL, ++state.counter);
    }

    /** The suffix {@code useUniqueFileName} appends, e.g. {@code photo_Ks3sKhT2y.jpg}. */
    synchronized String shortId() {
        StringBuilder b = new StringBuilder(9);
        for (int i = 0; i < 9; i++) {
            b.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return b.toString();
    }

    synchronized String requestId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
