package io.mediadesk.sync.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The retry policy's parts on their own: jittered backoff, the retry budget, and reading waits. */
class RetryPiecesTest {
    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void backoffStaysBetweenTheBaseAndADoublingCeilingCappedAtThirtySeconds() {
        Backoff backoff = new Backoff(policy, new SplittableRandom(7));
        for (int retry = 1; retry <= 12; retry++) {
            long ceiling = Math.min(30_000, 500L << retry);
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delay(retry).toMillis()).isBetween(500L, ceiling);
            }
        }
    }

    @Test
    void backoffIsJitteredNotFixed() {
        Backoff backoff = new Backoff(policy, new SplittableRandom(7));
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delay(4)).distinct().count()).isGreaterThan(20);
    }

    @Test
    void theSameSeedGivesTheSameWaits() {
        Backoff a = new Backoff(policy, new SplittableRandom(99));
        Backoff b = new Backoff(policy, new SplittableRandom(99));
        for (int i = 1; i < 6; i++) {
            assertThat(a.delay(i)).isEqualTo(b.delay(i));
        }
    }

    @Test
    void duringAnOutageRetriesStayWithinTenPercentOfRequestsPlusTheReserve() {
        ManualTime time = new ManualTime();
        RetryBudget budget = new RetryBudget(policy, time);
        int granted = 0;
        for (int request = 0; request < 1000; request++) {
            budget.recordRequest();
            for (int retry = 0; retry < 4; retry++) {
                if (budget.tryAcquireRetry()) {
                    granted++;
                }
            }
            time.advance(Duration.ofMillis(5));
        }
        // 1,000 requests in 5 s (inside one 10 s window): at most 100 + 10 retries instead of 4,000.
        assertThat(granted).isLessThanOrEqualTo(110).isGreaterThan(90);
    }

    @Test
    void theBudgetRefillsAsTheWindowSlides() {
        ManualTime time = new ManualTime();
        RetryBudget budget = new RetryBudget(policy, time);
        for (int i = 0; i < 10; i++) {
            assertThat(budget.tryAcquireRetry()).isTrue();
        }
        assertThat(budget.tryAcquireRetry()).isFalse();
        time.advance(Duration.ofSeconds(11));
        assertThat(budget.tryAcquireRetry()).isTrue();
    }

    @Test
    void rateLimitResetIsReadAsMillisecondsAndWinsOverRetryAfter() {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        assertThat(RetryAfter.parse(Headers.of("X-RateLimit-Reset", "1500", "Retry-After", "9"), now)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse(Headers.of("Retry-After", "30"), now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(Headers.of("Retry-After", "Sun, 01 Mar 2026 12:01:00 GMT"), now)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse(Headers.of("Retry-After", "Sun, 01 Mar 2026 11:00:00 GMT"), now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(Headers.of("Retry-After", "soon"), now)).isEmpty();
        assertThat(RetryAfter.parse(Headers.of("X-RateLimit-Reset", "-5"), now)).isEmpty();
        assertThat(RetryAfter.parse(Headers.of(), now)).isEmpty();
    }

    @Test
    void endpointFamiliesAreTheFirstTwoPathSegments() {
        assertThat(RateLimitGate.key(okhttp3.HttpUrl.get("https://api.imagekit.io/v1/files/abc/details")))
                .isEqualTo(RateLimitGate.key(okhttp3.HttpUrl.get("https://api.imagekit.io/v1/files?skip=0")));
        assertThat(RateLimitGate.key(okhttp3.HttpUrl.get("https://api.imagekit.io/v1/customMetadataFields")))
                .isNotEqualTo(RateLimitGate.key(okhttp3.HttpUrl.get("https://api.imagekit.io/v1/files")));
    }
}
