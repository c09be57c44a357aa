package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.List;

/**
 * One comma- or colon-separated piece of the input, its offset in the original string and the
 * separator before it ({@code 0} for the first). Structure (layers, if-blocks) is found later,
 * from the tokens, so {@code :} inside a layer needs no special casing here.
 */
record Token(String text, int position, char before) {

    boolean is(String word) {
        return text.equals(word);
    }

    /** Tokens that end a nested chain: they are never parameters. */
    boolean isTerminator() {
        return is("l-end") || is("if-else") || is("if-end");
    }

    static List<Token> split(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        char before = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : 0;
            if (i == text.length() || c == ',' || c == ':') {
                if (i == start) {
                    throw new InvalidTransformationException("", offset + i, "empty parameter at position "
                            + (offset + i) + " (two separators in a row, or one at the start or end)");
                }
                tokens.add(new Token(text.substring(start, i), offset + start, before));
                before = c;
                start = i + 1;
            }
        }
        return tokens;
    }
}
