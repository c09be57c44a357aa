package io.mediadesk.library.query;

import io.mediadesk.library.query.Token.Type;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as the service writes them in queries: a byte count, or {@code "10kb"}, {@code "1mb"},
 * {@code "2gb"}. The spec does not say whether a kilobyte is 1000 or 1024 bytes; we read 1024
 * (what file managers showed when the service's docs were written) and say so in the docs.
 */
final class ByteSize {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb)?");

    private ByteSize() {
    }

    static double parse(Token v) {
        if (v.is(Type.NUMBER)) return ClauseBinder.number(v);
        Matcher m = SIZE.matcher(v.text().strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw QueryParser.error("expected a size such as 2048, \"10kb\", \"1mb\" or \"2gb\", found " + v.describe(), v);
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = switch (unit) {
            case "kb" -> 1024L;
            case "mb" -> 1024L * 1024;
            case "gb" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Math.floor(n * factor);
    }
}
