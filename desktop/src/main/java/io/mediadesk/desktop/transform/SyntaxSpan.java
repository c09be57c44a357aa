package io.mediadesk.desktop.transform;

/**
 * A run of a transformation string that is coloured one way: {@code [start, end)} in the
 * string as typed. The kinds are what a designer tells apart at a glance.
 */
public record SyntaxSpan(int start, int end, Kind kind) {

    /** What the characters are; each kind has a CSS class {@code tr-<name>}. */
    public enum Kind {
        PREFIX, KEY, VALUE, SEPARATOR, LAYER, CONDITIONAL, UNKNOWN;

        public String styleClass() {
            return "tr-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SyntaxSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
