package io.mediadesk.sync.client.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO 8601 text to an instant, leniently: a date the service formats oddly is simply unknown. */
final class Dates {
    private Dates() {
    }

    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notUtc) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException unknown) {
                return Optional.empty();
            }
        }
    }
}
