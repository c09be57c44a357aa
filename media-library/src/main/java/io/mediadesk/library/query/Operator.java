package io.mediadesk.library.query;

/**
 * The positive operators of spec 3.2. The negated forms ({@code NOT =}, {@code NOT IN},
 * {@code NOT EXISTS}) parse into {@link Query.Not} around the positive clause, so every store
 * compiles only these and negation means exactly "does not match".
 */
public enum Operator {
    EQ("="), PREFIX(":"), LT("<"), LE("<="), GT(">"), GE(">="), IN("IN"), HAS("HAS"), EXISTS("EXISTS");

    private final String spelling;

    Operator(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public boolean ordering() {
        return this == LT || this == LE || this == GT || this == GE;
    }

    /** Whether {@code comparison} (negative, zero or positive, as from compareTo) satisfies this operator. */
    public boolean accepts(int comparison) {
        return switch (this) {
            case EQ, IN -> comparison == 0;
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            default -> throw new IllegalStateException(this + " is not a comparison");
        };
    }
}
