package io.mediadesk.sync.client.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"):
 * retry n waits a uniformly random time up to {@code min(maxDelay, base * 2^n)}. The draw starts at
 * {@code base} rather than 0, so a retry never hits a struggling server immediately: the first
 * retry waits between base and 2 x base.
 */
final class Backoff {
    private final RetryPolicy policy;
    private final RandomGenerator random;

    Backoff(RetryPolicy policy, RandomGenerator random) {
        this.policy = policy;
        this.random = random;
    }

    /** The wait before retry {@code retry} (1 for the first retry). */
    Duration delay(int retry) {
        long base = policy.baseDelay().toMillis();
        long ceiling = Math.min(policy.maxDelay().toMillis(), base << Math.min(retry, 30));
        if (ceiling <= base) {
            return Duration.ofMillis(base);
        }
        synchronized (random) {
            return Duration.ofMillis(random.nextLong(base, ceiling + 1));
        }
    }
}
