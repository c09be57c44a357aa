package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A small parser for the {@code searchQuery} language (spec 3.2): {@code field OP value} terms
 * combined with {@code AND} (binding tighter) and {@code OR}, grouped with parentheses. Terms are
 * compiled while parsing, so an unsupported field or operator is a 400 even on an empty account.
 *
 * <p>TODO: switch to the full searchQuery parser of the media-library module once it lands; this
 * one covers what the sandbox's users and tests need (see {@link SearchTerm}).
 */
final class SearchQuery {
    /** A lexical token: kind is one of ( ) [ ] , OP WORD STRING. */
    record Token(String kind, String text) {
    }

    private final List<Token> tokens;
    private final java.time.Clock clock;
    private int pos;
    private boolean mentionsType;

    private SearchQuery(List<Token> tokens, java.time.Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The compiled query and whether it filters on {@code type} (then folders and versions are candidates too). */
    record Compiled(Predicate<Item> predicate, boolean mentionsType) {
    }

    static Compiled parse(String text, java.time.Clock clock) {
        SearchQuery parser = new SearchQuery(lex(text), clock);
        Predicate<Item> predicate = parser.or();
        if (parser.pos < parser.tokens.size()) {
            throw invalid("unexpected '" + parser.tokens.get(parser.pos).text() + "'");
        }
        return new Compiled(predicate, parser.mentionsType);
    }

    private Predicate<Item> or() {
        Predicate<Item> left = and();
        while (word("OR")) {
            left = left.or(and());
        }
        return left;
    }

    private Predicate<Item> and() {
        Predicate<Item> left = unary();
        while (word("AND")) {
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<Item> unary() {
        if (symbol("(")) {
            Predicate<Item> inner = or();
            expect(")");
            return inner;
        }
        Token field = next("a field name");
        if (!field.kind().equals("WORD") && !field.kind().equals("STRING")) {
            throw invalid("expected a field name, found '" + field.text() + "'");
        }
        String op = operator();
        mentionsType |= field.text().equals("type");
        Object value = op.endsWith("EXISTS") ? null : value();
        return SearchTerm.compile(field.text(), op, value, clock);
    }

    private String operator() {
        boolean not = word("NOT");
        Token t = next("an operator");
        String op = t.kind().equals("OP") ? t.text() : t.text().toUpperCase(Locale.ROOT);
        if (!List.of("=", ":", "<", "<=", ">", ">=", "IN", "HAS", "EXISTS").contains(op)) {
            throw invalid("unknown operator '" + t.text() + "'");
        }
        return not ? "NOT " + op : op;
    }

    private Object value() {
        if (symbol("[")) {
            List<Object> values = new ArrayList<>();
            if (!symbol("]")) {
                do {
                    values.add(value());
                } while (symbol(","));
                expect("]");
            }
            return values;
        }
        Token t = next("a value");
        if (t.kind().equals("STRING")) {
            return t.text();
        }
        if (t.kind().equals("WORD") && (t.text().equals("true") || t.text().equals("false"))) {
            return Boolean.parseBoolean(t.text());
        }
        if (t.kind().equals("WORD") && t.text().matches("-?\\d+(\\.\\d+)?")) {
            return new java.math.BigDecimal(t.text());
        }
        throw invalid("expected a value, found '" + t.text() + "'");
    }

    private boolean word(String w) {
        if (pos < tokens.size() && tokens.get(pos).kind().equals("WORD") && tokens.get(pos).text().equalsIgnoreCase(w)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean symbol(String s) {
        if (pos < tokens.size() && tokens.get(pos).kind().equals(s)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!symbol(s)) {
            throw invalid("expected '" + s + "'");
        }
    }

    private Token next(String what) {
        if (pos >= tokens.size()) {
            throw invalid("the query ended where " + what + " was expected");
        }
        return tokens.get(pos++);
    }

    static List<Token> lex(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("()[],".indexOf(c) >= 0) {
                tokens.add(new Token(String.valueOf(c), String.valueOf(c)));
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw invalid("a string is not closed");
                }
                tokens.add(new Token("STRING", text.substring(i + 1, end)));
                i = end + 1;
            } else if ("=:<>".indexOf(c) >= 0) {
                int len = (c == '<' || c == '>') && i + 1 < text.length() && text.charAt(i + 1) == '=' ? 2 : 1;
                tokens.add(new Token("OP", text.substring(i, i + len)));
                i += len;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "()[],\"=:<>".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token("WORD", text.substring(start, i)));
            }
        }
        return tokens;
    }

    static ApiError invalid(String why) {
        return ApiError.badRequest("Invalid search query: " + why + ".");
    }
}
