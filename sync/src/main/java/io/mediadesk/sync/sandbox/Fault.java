package io.mediadesk.sync.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One injectable fault, as data. {@link Faults} decides when it fires; the gateway is the only
 * place that applies it, so every fault behaves the same on every endpoint of its family.
 */
public sealed interface Fault {

    /** Answers with a server error (500, 502, 503, 504) before the endpoint runs: nothing changes. */
    record ServerError(int status) implements Fault {
        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("a server error is 5xx, not " + status);
            }
        }
    }

    /** Answers 429 with exactly these headers (and the spec's body) before the endpoint runs. */
    record TooManyRequests(Map<String, String> headers) implements Fault {
        public TooManyRequests {
            headers = Map.copyOf(headers);
        }
    }

    /** Reads this many bytes of the request body (all of it if shorter), then closes the socket unanswered. */
    record DropConnection(long afterBytes) implements Fault {
    }

    /** Runs the endpoint (so the change is committed), then closes the socket without answering. */
    record LoseResponse() implements Fault {
    }

    /** Waits, then answers normally. */
    record Delay(Duration delay) implements Fault {
    }

    static Fault status(int status) {
        return new ServerError(status);
    }

    /** 429 with {@code Retry-After} in seconds (absurd values such as 86400 are allowed on purpose). */
    static Fault retryAfterSeconds(long seconds) {
        return new TooManyRequests(Map.of("Retry-After", Long.toString(seconds)));
    }

    /** 429 with {@code Retry-After} as an HTTP-date. */
    static Fault retryAfterDate(Instant at) {
        return new TooManyRequests(Map.of("Retry-After",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC))));
    }

    /** 429 the service's way: {@code X-RateLimit-Reset} in milliseconds, with limit and interval. */
    static Fault rateLimitResetMillis(long millis, int limit, long intervalMillis) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", Integer.toString(limit));
        headers.put("X-RateLimit-Reset", Long.toString(millis));
        headers.put("X-RateLimit-Interval", Long.toString(intervalMillis));
        return new TooManyRequests(headers);
    }

    /** 429 with no hint at all. */
    static Fault tooManyRequests() {
        return new TooManyRequests(Map.of());
    }

    static Fault dropConnectionAfter(long bytes) {
        return new DropConnection(bytes);
    }

    static Fault loseResponseAfterCommit() {
        return new LoseResponse();
    }

    static Fault delay(Duration delay) {
        return new Delay(delay);
    }
}
