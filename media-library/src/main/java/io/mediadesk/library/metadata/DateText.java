package io.mediadesk.library.metadata;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the service reads them in queries and Date fields: ISO 8601 ({@code 2020-01-01} is
 * 00:00 UTC; a date-time without a zone is UTC) or, in queries, relative to now: {@code "1h"},
 * {@code "2d"}, {@code "3w"}, {@code "4m"} (months), {@code "2y"}, meaning that long ago.
 */
public final class DateText {
    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})([hdwmy])");

    private DateText() {
    }

    /** An absolute ISO 8601 date or date-time; empty when the text is not one. */
    public static Optional<Instant> parseIso(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) return Optional.of(OffsetDateTime.parse(t).toInstant());
            return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** ISO or relative; relative dates count back from {@code clock}'s now. */
    public static Optional<Instant> parse(String text, Clock clock) {
        Matcher m = RELATIVE.matcher(text.strip());
        if (!m.matches()) return parseIso(text);
        long n = Long.parseLong(m.group(1));
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var then = switch (m.group(2)) {
            case "h" -> now.minusHours(n);
            case "d" -> now.minusDays(n);
            case "w" -> now.minusWeeks(n);
            case "m" -> now.minusMonths(n);
            default -> now.minusYears(n);
        };
        return Optional.of(then.toInstant());
    }
}
