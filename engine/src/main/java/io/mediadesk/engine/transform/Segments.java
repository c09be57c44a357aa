package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.List;

/**
 * A value split on one separator character, each piece remembering its offset in the original
 * input, read front to back like a cursor. Compound values and expressions share it so that both
 * can report where inside a token a problem is.
 */
final class Segments {
    private final List<String> pieces = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private int next;

    Segments(String text, int position, char separator) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                pieces.add(text.substring(start, i));
                offsets.add(position + start);
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

    int peekPosition() {
        return hasNext() ? offsets.get(next) : offsets.get(pieces.size() - 1) + pieces.get(pieces.size() - 1).length();
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
