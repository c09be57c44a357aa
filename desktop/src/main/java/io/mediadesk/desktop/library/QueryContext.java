package io.mediadesk.desktop.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is being typed at the end of a search query, read from the tokens before it: a field name
 * or keyword, a tag (after {@code tags IN [}, {@code tags :} or {@code tags =}, also after a comma
 * in the list), or a value of a custom field ({@code "customMetadata.channel" = }, {@code IN [ }).
 * {@link #head} is the text before the word, so a completion is {@code head + suggestion}.
 * Only a scan of quotes, brackets and operators: the query's grammar stays the library's parser's.
 */
record QueryContext(Kind kind, String head, String word, Optional<String> customField) {
    enum Kind { NOTHING, NAME, TAG, VALUE }

    private static final String CUSTOM = "customMetadata.";

    /** The last word of {@code text} (a quote it opens dropped) and what it is. */
    static QueryContext of(String text) {
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).end() < text.length()) {
            // after a blank, a bracket or an operator: an empty word, completed only where values go
            return classify(text, tokens, text.length(), "");
        }
        Token last = tokens.get(tokens.size() - 1);
        if (last.type() == Type.PUNCT || last.type() == Type.OP) return classify(text, tokens, text.length(), "");
        if (last.type() == Type.STRING && last.closed()) return nothing(text);
        String word = last.type() == Type.STRING ? last.text().substring(1) : last.text();
        return classify(text, tokens.subList(0, tokens.size() - 1), last.start(), word);
    }

    /** The tag editor: comma-separated tags, the last one being typed. */
    static QueryContext tagList(String text) {
        int cut = text.lastIndexOf(',') + 1;
        String head = cut == 0 ? "" : text.substring(0, cut) + " ";
        return new QueryContext(Kind.TAG, head, text.substring(cut).strip(), Optional.empty());
    }

    private static QueryContext nothing(String text) {
        return new QueryContext(Kind.NOTHING, text, "", Optional.empty());
    }

    private static QueryContext classify(String text, List<Token> before, int wordStart, String word) {
        String head = text.substring(0, wordStart);
        Optional<Token> field = valueOf(before);
        if (field.isPresent()) {
            Token f = field.get();
            if (f.type() == Type.WORD && f.text().equals("tags")) return new QueryContext(Kind.TAG, head, word, Optional.empty());
            if (f.type() == Type.STRING && f.closed() && f.body().startsWith(CUSTOM) && f.body().length() > CUSTOM.length()) {
                return new QueryContext(Kind.VALUE, head, word, Optional.of(f.body().substring(CUSTOM.length())));
            }
            return nothing(text);
        }
        return word.isEmpty() ? nothing(text) : new QueryContext(Kind.NAME, head, word, Optional.empty());
    }

    /** The field whose value comes next, if the tokens end with "field op" or "field IN [ v, ...,". */
    private static Optional<Token> valueOf(List<Token> before) {
        int i = before.size() - 1;
        if (i < 0) return Optional.empty();
        Token prev = before.get(i);
        if (prev.type() == Type.PUNCT && (prev.text().equals("[") || prev.text().equals(","))) {
            // back over the list so far to its opening bracket; it must follow IN
            while (i >= 0 && !before.get(i).text().equals("[")) {
                Token t = before.get(i);
                if (t.type() == Type.PUNCT && !t.text().equals(",")) return Optional.empty();
                i--;
            }
            if (i < 2 || !before.get(i - 1).text().equalsIgnoreCase("IN")) return Optional.empty();
            return Optional.of(before.get(i - 2));
        }
        boolean operator = prev.type() == Type.OP && (prev.text().equals(":") || prev.text().equals("="));
        if (!operator || i < 1) return Optional.empty();
        return Optional.of(before.get(i - 1));
    }

    private enum Type { WORD, STRING, PUNCT, OP }

    private record Token(Type type, String text, int start, boolean closed) {
        int end() {
            return start + text.length();
        }

        /** A string's text without its quotes. */
        String body() {
            return text.substring(1, closed ? text.length() - 1 : text.length());
        }
    }

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != '"') j += text.charAt(j) == '\\' ? 2 : 1;
                boolean closed = j < text.length();
                int end = Math.min(closed ? j + 1 : text.length(), text.length());
                out.add(new Token(Type.STRING, text.substring(i, end), i, closed));
                i = end;
            } else if ("[](),".indexOf(c) >= 0) {
                out.add(new Token(Type.PUNCT, String.valueOf(c), i, true));
                i++;
            } else if ("=:<>!".indexOf(c) >= 0) {
                int j = i + 1;
                if (j < text.length() && text.charAt(j) == '=') j++;
                out.add(new Token(Type.OP, text.substring(i, j), i, true));
                i = j;
            } else {
                int j = i;
                while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && "\"[](),=:<>!".indexOf(text.charAt(j)) < 0) j++;
                out.add(new Token(Type.WORD, text.substring(i, j), i, true));
                i = j;
            }
        }
        return out;
    }

    /** Whether {@code candidate} starts with the typed word, case ignored (field names, keywords, options). */
    static boolean startsWith(String candidate, String word) {
        return candidate.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT));
    }
}
