package io.mediadesk.desktop.transform;

import io.mediadesk.desktop.transform.SyntaxSpan.Kind;
import io.mediadesk.engine.transform.Key;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a transformation string into coloured spans, for display only. It is deliberately
 * forgiving (half-typed or wrong strings still colour sensibly); whether the string is valid is
 * the engine parser's word, shown as the error underline, not this class's.
 */
public final class TransformSyntax {
    private static final List<String> PREFIXES = List.of("?tr=", "tr:", "tr=");

    private TransformSyntax() {
    }

    /** Spans covering the whole of {@code text}, in order, without gaps. */
    public static List<SyntaxSpan> spans(String text) {
        List<SyntaxSpan> spans = new ArrayList<>();
        int start = prefixLength(text);
        if (start > 0) {
            spans.add(new SyntaxSpan(0, start, Kind.PREFIX));
        }
        for (int i = start; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == ':') {
                token(text, start, i, spans);
                if (i < text.length()) {
                    spans.add(new SyntaxSpan(i, i + 1, Kind.SEPARATOR));
                }
                start = i + 1;
            }
        }
        return spans;
    }

    private static void token(String text, int start, int end, List<SyntaxSpan> spans) {
        if (start == end) {
            return;
        }
        String token = text.substring(start, end);
        if (token.startsWith("l-")) {
            spans.add(new SyntaxSpan(start, end, Kind.LAYER));
        } else if (token.startsWith("if-")) {
            spans.add(new SyntaxSpan(start, end, Kind.CONDITIONAL));
        } else {
            int keyLength = keyLength(token);
            if (keyLength == 0) {
                spans.add(new SyntaxSpan(start, end, Kind.UNKNOWN));
                return;
            }
            spans.add(new SyntaxSpan(start, start + keyLength, Kind.KEY));
            if (keyLength < token.length()) {
                spans.add(new SyntaxSpan(start + keyLength, start + keyLength + 1, Kind.SEPARATOR));
                if (keyLength + 1 < token.length()) {
                    spans.add(new SyntaxSpan(start + keyLength + 1, end, Kind.VALUE));
                }
            }
        }
    }

    /** The longest key name (short or long) the token starts with, followed by '-' or the end. */
    static int keyLength(String token) {
        int best = 0;
        for (Key key : Key.values()) {
            best = Math.max(best, match(token, key.shortKey()));
            for (String name : key.longNames()) {
                best = Math.max(best, match(token, name));
            }
        }
        return best;
    }

    private static int match(String token, String name) {
        boolean whole = token.equals(name) || token.startsWith(name + "-");
        return whole ? name.length() : 0;
    }

    static int prefixLength(String text) {
        return PREFIXES.stream().filter(text::startsWith).mapToInt(String::length).findFirst().orElse(0);
    }
}
