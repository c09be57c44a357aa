package io.mediadesk.sync.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The account's API rate limit as a fixed window: {@code limit} calls per {@code interval}. Every
 * rate-limited answer carries the spec's three headers; {@code X-RateLimit-Reset} is the
 * milliseconds left in the window, which is how long a throttled client must wait.
 */
final class RateLimit {
    /** The verdict for one call and the headers to send with its answer. */
    record Verdict(boolean allowed, Map<String, String> headers) {
    }

    private final LongSupplier clock;
    private int limit;
    private long intervalMillis;
    private long windowStart;
    private int used;

    RateLimit(int limit, long intervalMillis, LongSupplier clock) {
        this.clock = clock;
        set(limit, intervalMillis);
    }

    synchronized void set(int limit, long intervalMillis) {
        if (limit < 1 || intervalMillis < 1) {
            throw new IllegalArgumentException("limit and interval must be positive");
        }
        this.limit = limit;
        this.intervalMillis = intervalMillis;
        this.windowStart = clock.getAsLong();
        this.used = 0;
    }

    synchronized Verdict take() {
        long now = clock.getAsLong();
        if (now - windowStart >= intervalMillis) {
            windowStart = now;
            used = 0;
        }
        boolean allowed = used < limit;
        if (allowed) {
            used++;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", Integer.toString(limit));
        headers.put("X-RateLimit-Reset", Long.toString(Math.max(0, windowStart + intervalMillis - now)));
        headers.put("X-RateLimit-Interval", Long.toString(intervalMillis));
        return new Verdict(allowed, headers);
    }
}
