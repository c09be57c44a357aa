package io.mediadesk.library.query;

import io.mediadesk.library.query.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens: double-quoted strings (with {@code \"} and {@code \\} escapes),
 * numbers, bare words (field names, keywords, {@code true}, {@code 2020-01-01}), the operators
 * {@code = : < <= > >=}, brackets, parentheses and commas. Whitespace separates; anything else
 * is an error at its position.
 */
final class Tokenizer {
    private final String text;
    private int at;

    private Tokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new Tokenizer(text).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
            if (at >= text.length()) {
                out.add(new Token(Type.END, "", text.length() + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = at;
        char c = text.charAt(at);
        switch (c) {
            case '(': at++; return new Token(Type.OPEN_PAREN, "(", start + 1);
            case ')': at++; return new Token(Type.CLOSE_PAREN, ")", start + 1);
            case '[': at++; return new Token(Type.OPEN_BRACKET, "[", start + 1);
            case ']': at++; return new Token(Type.CLOSE_BRACKET, "]", start + 1);
            case ',': at++; return new Token(Type.COMMA, ",", start + 1);
            case '"': return string();
            case '=': case ':': at++; return new Token(Type.OPERATOR, String.valueOf(c), start + 1);
            case '<': case '>':
                at++;
                if (at < text.length() && text.charAt(at) == '=') at++;
                return new Token(Type.OPERATOR, text.substring(start, at), start + 1);
            default:
                if (wordChar(c)) return word();
                throw new QuerySyntaxException("unexpected character '" + c + "'", start + 1);
        }
    }

    private Token string() {
        int start = at++;
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') return new Token(Type.STRING, value.toString(), start + 1);
            if (c == '\\' && at < text.length()) c = text.charAt(at++);
            value.append(c);
        }
        throw new QuerySyntaxException("unterminated string (a closing \" is missing)", start + 1);
    }

    /** A word that reads as a number is a NUMBER. */
    private Token word() {
        int start = at;
        while (at < text.length() && wordChar(text.charAt(at))) at++;
        String w = text.substring(start, at);
        boolean number = w.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
        return new Token(number ? Type.NUMBER : Type.WORD, w, start + 1);
    }

    /** Letters, digits and the few marks numbers, dates and sizes need; any other mark is an error. */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || "._-+".indexOf(c) >= 0;
    }
}
