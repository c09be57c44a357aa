package io.mediadesk.sync.client.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Paces requests by the rate-limit headers (spec §1.5), per endpoint family (host plus the first
 * two path segments: {@code /v1/files}, {@code /v1/customMetadataFields}...), because limits are per
 * endpoint. After a 429 every request to that family waits until the indicated time, not just the
 * one being retried; and {@code X-RateLimit-Limit} per {@code X-RateLimit-Interval} spaces requests
 * out so we rarely meet a 429 at all.
 */
final class RateLimitGate implements Interceptor {
    private final TimeSource time;
    private final Duration maxWait;
    private final Map<String, Family> families = new ConcurrentHashMap<>();

    RateLimitGate(TimeSource time, Duration maxWait) {
        this.time = time;
        this.maxWait = maxWait;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Family family = families.computeIfAbsent(key(chain.request().url()), k -> new Family());
        await(family.reserve(time.now()));
        Response response = chain.proceed(chain.request());
        family.learn(response, time.now(), maxWait);
        return response;
    }

    private void await(Duration wait) throws IOException {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            time.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the rate limit");
        }
    }

    static String key(HttpUrl url) {
        var segments = url.pathSegments();
        return url.host() + ":" + url.port() + "/" + String.join("/", segments.subList(0, Math.min(2, segments.size())));
    }

    /** What we know about one family's limit. */
    private static final class Family {
        private Instant blockedUntil = Instant.MIN;
        private Duration spacing = Duration.ZERO;
        private Instant nextSlot = Instant.MIN;

        /** How long the caller must wait before sending, and books its slot. */
        synchronized Duration reserve(Instant now) {
            Instant start = latest(now, blockedUntil, nextSlot);
            nextSlot = start.plus(spacing);
            return Duration.between(now, start);
        }

        synchronized void learn(Response response, Instant now, Duration maxWait) {
            long limit = number(response.header("X-RateLimit-Limit"));
            long interval = number(response.header("X-RateLimit-Interval"));
            spacing = limit > 0 && interval > 0 ? Duration.ofMillis(interval / limit) : Duration.ZERO;
            if (response.code() == 429) {
                Optional<Duration> wait = RetryAfter.parse(response.headers(), now);
                wait.ifPresent(w -> blockedUntil = now.plus(w.compareTo(maxWait) > 0 ? maxWait : w));
            }
        }

        private static Instant latest(Instant a, Instant b, Instant c) {
            Instant max = a.isAfter(b) ? a : b;
            return max.isAfter(c) ? max : c;
        }

        private static long number(String value) {
            try {
                return value == null ? -1 : Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
