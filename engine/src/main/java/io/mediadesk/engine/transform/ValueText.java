package io.mediadesk.engine.transform;

import java.util.Optional;

/**
 * The text of one value being read, with what the grammars need to check it and to report a
 * problem against the whole parameter token ({@code q-0 at position 12: quality must be 1-100}).
 */
record ValueText(String text, String token, int tokenPosition, Key key, Scope scope) {

    InvalidTransformationException fail(String reason) {
        return InvalidTransformationException.at(token, tokenPosition, reason);
    }

    String label() {
        return key.label();
    }

    Optional<Value.Num> number(String piece) {
        return Numbers.parse(piece);
    }

    /** A number in [min, max]; {@code what} names it in the message ("quality", "e-shadow st"). */
    Value.Num numberIn(String piece, double min, double max, boolean whole, String what) {
        Optional<Value.Num> number = Numbers.parse(piece);
        if (number.isEmpty() && piece.startsWith("-") && Numbers.parse(piece.substring(1)).isPresent()) {
            throw fail("negative numbers are written with N, e.g. N" + piece.substring(1));
        }
        Value.Num n = number.filter(v -> v.value() >= min && v.value() <= max)
                .orElseThrow(() -> fail(what + " must be " + range(min, max)));
        if (whole && !n.isWhole()) {
            throw fail(what + " must be a whole number");
        }
        return n;
    }

    Value.Num wholeIn(String piece, int min, int max) {
        return numberIn(piece, min, max, true, label());
    }

    static String range(double min, double max) {
        if (max >= Numbers.LIMIT && min <= -Numbers.LIMIT) {
            return "a number";
        }
        if (max >= Numbers.LIMIT) {
            return min == 0 ? "0 or more" : "at least " + Value.Num.of(min);
        }
        return Value.Num.of(min) + "-" + Value.Num.of(max);
    }

    Value colorOf(String piece) {
        return color(piece);
    }

    Color color(String piece) {
        try {
            return Color.parse(piece);
        } catch (IllegalArgumentException e) {
            throw fail(e.getMessage());
        }
    }

    /** A number in range, or, when the key allows it, an arithmetic expression. */
    Value numberOrExpression(String piece, double min, double max, boolean whole) {
        if (Numbers.parse(piece).isPresent() || !looksLikeExpression(piece)) {
            return numberIn(piece, min, max, whole, label());
        }
        return expression(piece);
    }

    /** Whether the key takes expressions and the text starts like one (and is not a plain number). */
    boolean looksLikeExpression(String piece) {
        return key.allowsExpressions() && Numbers.parse(piece).isEmpty()
                && Expression.term(piece.split("_", -1)[0]).isPresent();
    }

    Value expression(String piece) {
        if (!key.allowsExpressions()) {
            throw fail(label() + " does not accept arithmetic expressions");
        }
        Segments segments = new Segments(piece, '_');
        Optional<Expression> expression = Expression.read(segments);
        if (expression.isEmpty() || segments.hasNext()) {
            String bad = segments.hasNext() ? segments.peek() : piece;
            throw fail("\"" + bad + "\" is not part of an arithmetic expression (value_op_value, ops add sub mul div mod pow)");
        }
        return checked(expression.get());
    }

    /** Spec 7.5: b* variables exist only in layers; text layers see only the base image. */
    Expression checked(Expression expression) {
        for (Expression.Term term : expression.terms()) {
            if (term instanceof Variable v && v.baseOnly() && !scope.isLayer()) {
                throw fail(v + " (the base image) is only available inside a layer");
            }
            if (term instanceof Variable v && !v.baseOnly()
                    && (scope == Scope.TEXT_LAYER || scope == Scope.SUBTITLE_LAYER)) {
                throw fail("inside a text layer only bw, bh and bar can be used, not " + v);
            }
        }
        return expression;
    }
}
