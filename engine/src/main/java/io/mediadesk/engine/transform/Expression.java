package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An arithmetic expression of spec 7.5: {@code {value}_{op}_{value}...}, values are variables or
 * non-negative numbers, a bare variable ({@code w-iw}) is an expression too.
 *
 * <p>Evaluation follows the documented (unusual) order, see {@link Operator}: every mul/div left
 * to right, then add/sub, then mod, then pow. Decision where the documentation is silent: pow is
 * also applied left to right ({@code 2_pow_3_pow_2} = 64), and {@code mod} is Java's remainder, so
 * its sign follows the dividend ({@code -7 mod 3} = -1).
 */
public record Expression(List<Term> terms, List<Operator> operators) implements Value {

    /** An operand: a {@link Variable} or a {@link Value.Num}. */
    public sealed interface Term permits Variable, Value.Num {
    }

    public Expression {
        terms = List.copyOf(terms);
        operators = List.copyOf(operators);
        if (terms.isEmpty() || terms.size() != operators.size() + 1) {
            throw new IllegalArgumentException("an expression alternates terms and operators");
        }
    }

    /** Parses a complete expression such as {@code iw_div_2}; position is for error messages. */
    public static Expression parse(String text, int position) {
        Segments segments = new Segments(text, '_');
        Optional<Expression> expression = read(segments);
        if (expression.isEmpty() || segments.hasNext()) {
            String bad = segments.hasNext() ? segments.peek() : text;
            throw InvalidTransformationException.at(text, position,
                    "\"" + bad + "\" is not part of an arithmetic expression (value_op_value, ops add sub mul div mod pow)");
        }
        return expression.get();
    }

    /**
     * Reads the longest expression at the cursor, stopping before a piece that is not an operator;
     * leaves the cursor untouched and returns empty when the first piece is not a term.
     */
    static Optional<Expression> read(Segments in) {
        Optional<Term> first = term(in.peek());
        if (first.isEmpty()) {
            return Optional.empty();
        }
        in.take();
        List<Term> terms = new ArrayList<>(List.of(first.get()));
        List<Operator> ops = new ArrayList<>();
        while (in.remaining() >= 2) {
            int mark = in.mark();
            Optional<Operator> op = Operator.find(in.take());
            Optional<Term> term = op.isPresent() ? term(in.peek()) : Optional.empty();
            if (term.isEmpty()) {
                in.reset(mark);
                break;
            }
            in.take();
            ops.add(op.get());
            terms.add(term.get());
        }
        return Optional.of(new Expression(terms, ops));
    }

    static Optional<Term> term(String piece) {
        if (piece == null) {
            return Optional.empty();
        }
        Optional<Variable> variable = Variable.find(piece);
        if (variable.isPresent()) {
            return Optional.of(variable.get());
        }
        return Numbers.parse(piece).filter(n -> n.value() >= 0).map(Term.class::cast);
    }

    /** True when the expression is a single number, which callers treat as a plain number. */
    public boolean isConstant() {
        return operators.isEmpty() && terms.get(0) instanceof Value.Num;
    }

    public boolean uses(Variable variable) {
        return terms.contains(variable);
    }

    public double evaluate(ExpressionContext context) {
        List<Double> values = new ArrayList<>();
        for (Term term : terms) {
            values.add(term instanceof Variable v ? v.value(context) : ((Value.Num) term).value());
        }
        List<Operator> ops = new ArrayList<>(operators);
        for (int tier = 0; tier < Operator.TIERS; tier++) {
            int i = 0;
            while (i < ops.size()) {
                if (ops.get(i).tier() != tier) {
                    i++;
                    continue;
                }
                values.set(i, ops.get(i).apply(values.get(i), values.get(i + 1), this));
                values.remove(i + 1);
                ops.remove(i);
            }
        }
        return values.get(0);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(terms.get(0).toString());
        for (int i = 0; i < operators.size(); i++) {
            out.append('_').append(operators.get(i)).append('_').append(terms.get(i + 1));
        }
        return out.toString();
    }
}
