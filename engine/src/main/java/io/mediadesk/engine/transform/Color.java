package io.mediadesk.engine.transform;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A colour as the service writes it: {@code RRGGBB}, {@code RRGGBBOO} where {@code OO} is a
 * <em>decimal</em> opacity 00-99 (not hex alpha), or a lowercase CSS/SVG colour name.
 * Canonical text: hex uppercased, names as written.
 *
 * <p>Decision: three-digit hex ({@code FFF}) is rejected. No ImageKit source shows it (every
 * example has six digits), and accepting it would make {@code bg-FFF} mean something the CDN may
 * not render; the error message suggests the six-digit form.
 */
public record Color(String text) implements Value {
    private static final Pattern HEX6 = Pattern.compile("[0-9A-Fa-f]{6}");
    private static final Pattern HEX8 = Pattern.compile("[0-9A-Fa-f]{6}[0-9]{2}");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

    public Color {
        boolean canonicalHex = (HEX6.matcher(text).matches() || HEX8.matcher(text).matches())
                && text.equals(text.toUpperCase(Locale.ROOT));
        if (!ColorNames.contains(text) && !canonicalHex) {
            throw new IllegalArgumentException(reason(text));
        }
    }

    /** Parses a colour, normalising hex to uppercase; the exception message says what is wrong. */
    public static Color parse(String text) {
        if (ColorNames.contains(text)) {
            return new Color(text);
        }
        if (HEX6.matcher(text).matches() || HEX8.matcher(text).matches()) {
            return new Color(text.toUpperCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(reason(text));
    }

    private static String reason(String text) {
        if (ColorNames.contains(text.toLowerCase(Locale.ROOT))) {
            return "colour names are lowercase: use \"" + text.toLowerCase(Locale.ROOT) + "\"";
        }
        if (text.length() == 3 && HEX.matcher(text).matches()) {
            return "use six hex digits, e.g. \"" + expand(text) + "\" for \"" + text + "\"";
        }
        if (text.length() == 8 && HEX.matcher(text).matches()) {
            return "the last two digits of an 8-digit colour are a decimal opacity 00-99, not hex alpha";
        }
        return "\"" + text + "\" is not a colour (RRGGBB, RRGGBB plus opacity 00-99, or a CSS colour name)";
    }

    private static String expand(String rgb) {
        StringBuilder out = new StringBuilder();
        for (char c : rgb.toUpperCase(Locale.ROOT).toCharArray()) {
            out.append(c).append(c);
        }
        return out.toString();
    }

    public boolean isNamed() {
        return ColorNames.contains(text);
    }

    /** The red-green-blue value as {@code 0xRRGGBB}. */
    public int rgb() {
        if (isNamed()) {
            return ColorNames.rgb(text).orElseThrow();
        }
        return Integer.parseInt(text.substring(0, 6), 16);
    }

    /** Opacity in percent (0-99) when the colour carries it; names and 6-digit hex do not. */
    public OptionalInt opacity() {
        return text.length() == 8 && !isNamed()
                ? OptionalInt.of(Integer.parseInt(text.substring(6)))
                : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
