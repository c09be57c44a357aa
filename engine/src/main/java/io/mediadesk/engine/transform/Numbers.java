package io.mediadesk.engine.transform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the service's number syntax: digits with an optional fraction, {@code N} for negative
 * ({@code N40} = -40). Decision: no exponents, no {@code -}, no {@code +}, and magnitudes up to
 * 1e9 only, so a hostile string cannot produce infinities or values no image could need.
 */
final class Numbers {
    static final double LIMIT = 1e9;
    private static final Pattern NUMBER = Pattern.compile("N?(\\d{1,12}(\\.\\d{1,12})?|\\.\\d{1,12})");

    private Numbers() {
    }

    static Optional<Value.Num> parse(String text) {
        if (text == null || !NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        boolean negative = text.startsWith("N");
        double value = Double.parseDouble(negative ? text.substring(1) : text);
        if (value > LIMIT) {
            return Optional.empty();
        }
        return Optional.of(new Value.Num(negative ? -value : value));
    }
}
