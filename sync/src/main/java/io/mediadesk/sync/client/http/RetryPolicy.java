package io.mediadesk.sync.client.http;

import java.time.Duration;

/**
 * How hard the client tries. Defaults: 5 attempts; backoff from 500 ms doubling to a 30 s ceiling;
 * a server-requested wait ({@code Retry-After}, {@code X-RateLimit-Reset}) honoured up to 5 minutes;
 * retries at most 10 % of requests over a 10 s window, plus a reserve of 10 so a quiet client can
 * still retry its few calls.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxServerWait,
        double budgetRatio, int budgetReserve, Duration budgetWindow) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(5),
                0.1, 10, Duration.ofSeconds(10));
    }

    /** One attempt only: for callers that run their own schedule (and for some tests). */
    public static RetryPolicy noRetries() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(5), 0, 0, Duration.ofSeconds(10));
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, maxServerWait, budgetRatio, budgetReserve, budgetWindow);
    }
}
