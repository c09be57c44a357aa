package io.mediadesk.library.query;

import io.mediadesk.library.query.Token.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the service's searchQuery language (spec 3.2) into a {@link Query}:
 *
 * <pre>
 * query   = [ or ]                      the empty query matches everything
 * or      = and { "OR" and }            AND binds tighter than OR
 * and     = primary { "AND" primary }
 * primary = "(" or ")" | clause
 * clause  = field operator [ value | "[" value { "," value } "]" ]
 * </pre>
 *
 * Keywords are case-insensitive, field names are not. Relative dates ({@code "7d"}) are resolved
 * against the parser's clock once, here, so every store evaluates the same instant. Every error
 * names the token and its position.
 */
public final class QueryParser {
    public static final int MAX_LENGTH = 10_000;
    static final int MAX_NESTING = 64;

    private final ClauseBinder binder;

    public QueryParser(Clock clock) {
        this.binder = new ClauseBinder(clock);
    }

    public static QueryParser withSystemClock() {
        return new QueryParser(Clock.systemUTC());
    }

    public Query parse(String text) {
        if (text == null || text.isBlank()) return Query.ALL;
        if (text.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("the query is longer than " + MAX_LENGTH + " characters", MAX_LENGTH + 1);
        }
        return new Run(Tokenizer.tokens(text)).query();
    }

    /** One parse: the token list and the read position. */
    private final class Run {
        private final List<Token> tokens;
        private int next;
        private int depth;

        Run(List<Token> tokens) {
            this.tokens = tokens;
        }

        Query query() {
            Query q = or();
            if (!peek().is(Type.END)) {
                throw error("expected AND, OR or the end of the query, found " + peek().describe(), peek());
            }
            return q;
        }

        private Query or() {
            List<Query> parts = new ArrayList<>(List.of(and()));
            while (peek().isWord("OR")) {
                take();
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Query.Or(parts);
        }

        private Query and() {
            List<Query> parts = new ArrayList<>(List.of(primary()));
            while (peek().isWord("AND")) {
                take();
                parts.add(primary());
            }
            return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
        }

        private Query primary() {
            if (!peek().is(Type.OPEN_PAREN)) return clause();
            Token open = take();
            if (++depth > MAX_NESTING) throw error("parentheses nest deeper than " + MAX_NESTING, open);
            Query inner = or();
            if (!peek().is(Type.CLOSE_PAREN)) {
                throw error("expected ')' to close the '(' at position " + open.position() + ", found " + peek().describe(), peek());
            }
            take();
            depth--;
            return inner;
        }

        private Query clause() {
            Token field = take();
            if (!field.is(Type.WORD) && !field.is(Type.STRING)) {
                throw error("expected a field name such as name, tags or \"customMetadata.x\", found " + field.describe(), field);
            }
            Token op = take();
            boolean negated = op.isWord("NOT");
            if (negated) op = take();
            Operator operator = operator(op, negated);
            List<Token> values = values(operator);
            Query clause = binder.bind(field, operator, op, values);
            return negated ? new Query.Not(clause) : clause;
        }

        private Operator operator(Token op, boolean negated) {
            Operator o = null;
            if (op.is(Type.OPERATOR)) {
                for (Operator candidate : Operator.values()) {
                    if (candidate.spelling().equals(op.text())) o = candidate;
                }
            } else if (op.isWord("IN")) {
                o = Operator.IN;
            } else if (op.isWord("HAS")) {
                o = Operator.HAS;
            } else if (op.isWord("EXISTS")) {
                o = Operator.EXISTS;
            }
            if (o == null) {
                throw error("expected an operator (= : < <= > >= IN HAS EXISTS, or NOT before = IN EXISTS), found " + op.describe(), op);
            }
            if (negated && o != Operator.EQ && o != Operator.IN && o != Operator.EXISTS) {
                throw error("NOT goes only before =, IN or EXISTS, not before " + o.spelling(), op);
            }
            return o;
        }

        private List<Token> values(Operator op) {
            if (op == Operator.EXISTS) return List.of();
            if (op != Operator.IN) return List.of(literal());
            Token open = take();
            if (!open.is(Type.OPEN_BRACKET)) throw error("IN takes an array such as [\"a\", \"b\"], found " + open.describe(), open);
            List<Token> out = new ArrayList<>(List.of(literal()));
            while (peek().is(Type.COMMA)) {
                take();
                out.add(literal());
            }
            Token close = take();
            if (!close.is(Type.CLOSE_BRACKET)) throw error("expected ',' or ']' in the array, found " + close.describe(), close);
            return out;
        }

        private Token literal() {
            Token t = take();
            if (t.is(Type.STRING) || t.is(Type.NUMBER) || t.is(Type.WORD) && !t.isWord("AND") && !t.isWord("OR")) return t;
            throw error("expected a value, found " + t.describe(), t);
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token take() {
            Token t = tokens.get(next);
            if (!t.is(Type.END)) next++;
            return t;
        }
    }

    static QuerySyntaxException error(String problem, Token at) {
        return new QuerySyntaxException(problem, at.position());
    }
}
