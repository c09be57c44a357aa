package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.List;

/**
 * A value split on one separator character, read front to back like a cursor with marks, so
 * that compound values can let an expression take as many pieces as it can use
 * ({@code b-ih_div_20_FF00FF}: the expression stops before the colour).
 */
final class Segments {
    private final List<String> pieces = new ArrayList<>();
    private int next;

    Segments(String text, char separator) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
    }

    boolean hasNext() {
        return next < pieces.size();
    }

    String peek() {
        return hasNext() ? pieces.get(next) : null;
    }

    String take() {
        return pieces.get(next++);
    }

    int mark() {
        return next;
    }

    void reset(int mark) {
        next = mark;
    }

    int remaining() {
        return pieces.size() - next;
    }
}
