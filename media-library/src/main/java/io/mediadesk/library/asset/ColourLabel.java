package io.mediadesk.library.asset;

import io.mediadesk.library.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A colour label, the set photo tools share (Lightroom, Bridge, darktable): red, orange, yellow,
 * green, blue, purple, or none. Local to the library: the hosted service has no such field (sync
 * does not carry it yet). The wire name is the lowercase English word, as in {@code xmp:Label}.
 */
public enum ColourLabel {
    NONE, RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE;

    /** The lowercase word: {@code red}, {@code none}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a label word in any case ({@code Red}, {@code red}); the message lists the words on a typo. */
    public static ColourLabel parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ColourLabel l : values()) {
            if (l.name().equals(t)) return l;
        }
        throw new InvalidValueException("label", "oneOf", "unknown colour label \"" + text + "\"; use one of "
                + Arrays.stream(values()).map(ColourLabel::wireName).toList());
    }
}
