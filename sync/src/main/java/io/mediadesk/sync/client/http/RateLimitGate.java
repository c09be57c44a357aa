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
 *
 * <p>Even spacing alone is not enough against a window that opens at a request's arrival: if
 * the requests {@code limit} apart span just under the interval on the server's clock (one was
 * held up on its way, the next was not), the window takes one too many and answers 429. Measured
 * in the purge benchmark on a loaded machine, spacing alone sent 621 of 21,018 calls (3 %) over
 * the stand-in's limit, and spacing plus a 5 % margin still 65 of 20,452. What the client does know
 * is that a request had arrived by the time its answer came back. So a request may go only once
 * the one {@code limit} places before it has been answered and a whole interval (plus
 * {@link #SLACK} for clocks counting in milliseconds) has passed since: then no interval on the
 * server's clock can hold {@code limit + 1} arrivals, however the network delays them. The cost is
 * one round trip per {@code limit} requests; a request still waiting for an answer holds back the
 * one {@code limit} places after it.
 */
final class RateLimitGate implements Interceptor {
    /** Added to the interval: the server's clock may count whole milliseconds. */
    static final Duration SLACK = Duration.ofMillis(2);
    /** How often a request held back by an unanswered one looks again. */
    private static final Duration POLL = Duration.ofMillis(5);

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
        Family.Booking booking;
        while ((booking = family.reserve(time.now())) == null) {
            await(POLL); // the request limit places back is still on its way: its arrival is not bounded yet
        }
        Response response;
        try {
            await(Duration.between(time.now(), booking.start));
            response = chain.proceed(chain.request());
        } finally {
            family.answered(booking, time.now()); // also when it failed or was never sent: no one waits on it for ever
        }
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
        private static final int UNKNOWN_LIMIT_HISTORY = 1_000;

        /** One request's slot: when it may start, and when its answer (or failure) came back. */
        static final class Booking {
            final Instant start;
            Instant answered;

            Booking(Instant start) {
                this.start = start;
            }
        }

        private Instant blockedUntil = Instant.MIN;
        private Duration spacing = Duration.ZERO;
        private Instant nextSlot = Instant.MIN;
        /** The last {@code limit} requests booked, oldest first (empty: no known limit). */
        private final java.util.ArrayDeque<Booking> recent = new java.util.ArrayDeque<>();
        private int limit;
        private Duration interval = Duration.ZERO;

        /**
         * Books the caller's slot and says when it may send, or null (nothing booked) while the
         * request {@code limit} places back has not been answered: ask again shortly.
         */
        synchronized Booking reserve(Instant now) {
            Instant start = latest(now, blockedUntil, nextSlot);
            if (limit > 0 && recent.size() >= limit) {
                Booking oldest = recent.peekFirst();
                if (oldest.answered == null) return null;
                Instant windowFree = oldest.answered.plus(interval).plus(SLACK);
                start = start.isAfter(windowFree) ? start : windowFree;
            }
            nextSlot = start.plus(spacing);
            // Kept before the limit is known too: the first answer tells it, and the first request counts.
            Booking booking = new Booking(start);
            recent.addLast(booking);
            while (recent.size() > (limit > 0 ? limit : UNKNOWN_LIMIT_HISTORY)) {
                recent.removeFirst();
            }
            return booking;
        }

        synchronized void answered(Booking booking, Instant now) {
            booking.answered = now;
        }

        synchronized void learn(Response response, Instant now, Duration maxWait) {
            long limit = number(response.header("X-RateLimit-Limit"));
            long interval = number(response.header("X-RateLimit-Interval"));
            boolean known = limit > 0 && interval > 0 && limit <= 100_000;
            spacing = known ? Duration.ofMillis(interval / limit) : Duration.ZERO;
            this.limit = known ? (int) limit : 0;
            this.interval = known ? Duration.ofMillis(interval) : Duration.ZERO;
            if (!known) {
                recent.clear(); // no limit told: no pace kept
                nextSlot = Instant.MIN;
            } else if (!recent.isEmpty() && recent.peekLast().start.plus(spacing).isAfter(nextSlot)) {
                nextSlot = recent.peekLast().start.plus(spacing); // the first answer told the pace: the second request keeps it too
            }
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
