package io.mediadesk.engine.transform;

/**
 * Value grammars for single numbers: sizes, ranges, angles, offsets, times. Each constant is one
 * row's "value parser" column in {@link Key}. Expressions are accepted only where the key allows.
 *
 * <p>Decisions: {@code w}/{@code h} below 1 are fractions of the original, 1 and above must be
 * whole pixels ({@code w-1} is one pixel); {@code x y xc yc} are whole non-negative pixels;
 * layer positions {@code lx ly lxc lyc} are whole pixels and may be negative ({@code N}).
 */
final class NumberGrammar {
    private static final double MAX = Numbers.LIMIT;

    static final Syntax WIDTH = in -> in.text().equals("auto") ? new Value.Word("auto") : dimension(in);
    static final Syntax HEIGHT = NumberGrammar::dimension;
    static final Syntax RATIO = NumberGrammar::ratio;
    static final Syntax PERCENT_1_100 = in -> in.wholeIn(in.text(), 1, 100);
    static final Syntax PERCENT_0_100 = in -> in.wholeIn(in.text(), 0, 100);
    static final Syntax ALPHA = in -> in.wholeIn(in.text(), 1, 9);
    static final Syntax POSITIVE = in -> positive(in, in.text());
    static final Syntax DPR = in -> in.text().equals("auto") ? new Value.Word("auto")
            : in.numberOrExpression(in.text(), 0.1, 5, false);
    static final Syntax ROTATION = in -> in.text().equals("auto") ? new Value.Word("auto")
            : in.numberIn(in.text(), -MAX, MAX, false, in.label());
    static final Syntax OFFSET = in -> in.numberOrExpression(in.text(), 0, MAX, true);
    static final Syntax POSITION = in -> in.numberOrExpression(in.text(), -MAX, MAX, true);
    static final Syntax SECONDS = in -> in.numberOrExpression(in.text(), 0, MAX, false);
    static final Syntax FONT_SIZE = in -> in.looksLikeExpression(in.text()) ? in.expression(in.text())
            : in.numberIn(in.text(), 1, MAX, true, in.label());
    static final Syntax LINE_HEIGHT = in -> in.looksLikeExpression(in.text()) ? in.expression(in.text())
            : positive(in, in.text());
    static final Syntax TRIM = NumberGrammar::trim;

    private NumberGrammar() {
    }

    private static Value dimension(ValueText in) {
        if (in.looksLikeExpression(in.text())) {
            return in.expression(in.text());
        }
        Value.Num n = in.numberIn(in.text(), 0, MAX, false, in.label());
        if (n.value() == 0) {
            throw in.fail(in.label() + " must be greater than 0");
        }
        if (n.value() > 1 && !n.isWhole()) {
            throw in.fail(in.label() + " must be whole pixels, or a fraction between 0 and 1 of the original");
        }
        return n;
    }

    static Value.Num positive(ValueText in, String piece) {
        Value.Num n = in.numberIn(piece, 0, MAX, false, in.label());
        if (n.value() == 0) {
            throw in.fail(in.label() + " must be greater than 0");
        }
        return n;
    }

    /** {@code ar-4-3}, {@code ar-2_1} (same ratio, written 2-1), or an expression such as {@code iar_div_2}. */
    private static Value ratio(ValueText in) {
        String text = in.text();
        String[] sides = text.split("[-_]", -1);
        if (sides.length == 2 && in.number(sides[0]).isPresent() && in.number(sides[1]).isPresent()) {
            Value.Num w = in.number(sides[0]).get();
            Value.Num h = in.number(sides[1]).get();
            if (w.value() <= 0 || h.value() <= 0) {
                throw in.fail("both sides of an aspect ratio must be greater than 0");
            }
            return new Value.Ratio(w, h);
        }
        if (in.looksLikeExpression(text)) {
            return in.expression(text);
        }
        throw in.fail("aspect ratio must be W-H (e.g. ar-4-3) or an expression (e.g. ar-iar_div_2)");
    }

    /** {@code t-true}, a threshold 1-99, or (in layers, to keep the edges) {@code t-false}. */
    private static Value trim(ValueText in) {
        if (in.text().equals("true")) {
            return new Value.Flag(true);
        }
        if (in.text().equals("false")) {
            if (!in.scope().isLayer()) {
                throw in.fail("t-false is only meaningful inside a layer (layers trim by default)");
            }
            return new Value.Flag(false);
        }
        return in.numberIn(in.text(), 1, 99, true, "trim threshold");
    }
}
