package io.mediadesk.sync.client.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads how long the service wants us to wait. ImageKit's own {@code X-RateLimit-Reset} is in
 * <b>milliseconds</b> (spec §1.5) and wins; the standard {@code Retry-After} is seconds or an
 * HTTP-date. Garbage or negative values count as absent.
 */
final class RetryAfter {
    private RetryAfter() {
    }

    static Optional<Duration> parse(Headers headers, Instant now) {
        Optional<Duration> reset = millis(headers.get("X-RateLimit-Reset"));
        return reset.isPresent() ? reset : retryAfter(headers.get("Retry-After"), now);
    }

    private static Optional<Duration> millis(String value) {
        try {
            long ms = value == null ? -1 : Long.parseLong(value.strip());
            return ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
