package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The condition of an if-block (spec 7.6), {@code <prop>_<op>_<value>} joined by {@code _and_} and
 * {@code _or_}; and binds tighter, so the condition is held as a disjunction of conjunctions.
 *
 * <p>Decisions: values are non-negative numbers, or for {@code ar}/{@code iar} also {@code W-H}
 * ratios; {@code eq}/{@code ne} compare with a relative tolerance of 1e-9 so that
 * {@code ar_eq_4-3} holds for an 800x600 image whatever the rounding.
 */
public record Condition(List<List<Comparison>> anyOf) {

    public Condition {
        anyOf = anyOf.stream().map(List::copyOf).toList();
    }

    /** A property of the image the condition looks at: current (w h ar) or initial (iw ih iar). */
    public enum Property {
        W(ExpressionContext::cw), H(ExpressionContext::ch), AR(c -> c.cw() / c.ch()),
        IW(ExpressionContext::iw), IH(ExpressionContext::ih), IAR(c -> c.iw() / c.ih());

        private final ToDoubleFunction<ExpressionContext> read;

        Property(ToDoubleFunction<ExpressionContext> read) {
            this.read = read;
        }

        static Optional<Property> find(String token) {
            return Arrays.stream(values()).filter(p -> p.toString().equals(token)).findFirst();
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Comparison operators; tolerance makes eq/ne robust for ratios. */
    public enum Comparator {
        EQ, NE, GT, GTE, LT, LTE;

        static Optional<Comparator> find(String token) {
            return Arrays.stream(values()).filter(c -> c.toString().equals(token)).findFirst();
        }

        boolean test(double left, double right) {
            boolean equal = Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(right));
            return switch (this) {
                case EQ -> equal;
                case NE -> !equal;
                case GT -> left > right && !equal;
                case GTE -> left > right || equal;
                case LT -> left < right && !equal;
                case LTE -> left < right || equal;
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One {@code prop_op_value}; value is a {@link Value.Num} or a {@link Value.Ratio}. */
    public record Comparison(Property property, Comparator comparator, Value value) {
        boolean test(ExpressionContext context) {
            double right = value instanceof Value.Ratio r ? r.value() : ((Value.Num) value).value();
            return comparator.test(property.read.applyAsDouble(context), right);
        }

        @Override
        public String toString() {
            return property + "_" + comparator + "_" + value;
        }
    }

    public boolean test(ExpressionContext context) {
        return anyOf.stream().anyMatch(all -> all.stream().allMatch(c -> c.test(context)));
    }

    /** Parses a condition such as {@code w_gt_400_and_ar_lt_4-3} on its own. */
    public static Condition parse(String text) {
        return parse(text, text, 0);
    }

    /** Parses the text after {@code if-}; errors name the whole {@code if-} token at its position. */
    public static Condition parse(String text, String token, int tokenPosition) {
        Segments in = new Segments(text, '_');
        List<List<Comparison>> anyOf = new ArrayList<>();
        List<Comparison> allOf = new ArrayList<>();
        while (true) {
            allOf.add(comparison(in, token, tokenPosition));
            if (!in.hasNext()) {
                break;
            }
            String joiner = in.take();
            if (joiner.equals("or")) {
                anyOf.add(allOf);
                allOf = new ArrayList<>();
            } else if (!joiner.equals("and")) {
                throw InvalidTransformationException.at(token, tokenPosition,
                        "expected _and_ or _or_ in the condition, found \"" + joiner + "\"");
            }
        }
        anyOf.add(allOf);
        return new Condition(anyOf);
    }

    private static Comparison comparison(Segments in, String token, int tokenPosition) {
        if (in.remaining() < 3) {
            throw InvalidTransformationException.at(token, tokenPosition,
                    "a condition is <prop>_<op>_<value>, e.g. if-w_gt_400 (props w h ar iw ih iar)");
        }
        String prop = in.take();
        String op = in.take();
        String value = in.take();
        Property property = Property.find(prop).orElseThrow(() -> InvalidTransformationException.at(token,
                tokenPosition, "unknown condition property \"" + prop + "\" (use w, h, ar, iw, ih or iar)"));
        Comparator comparator = Comparator.find(op).orElseThrow(() -> InvalidTransformationException.at(token,
                tokenPosition, "unknown comparison \"" + op + "\" (use eq, ne, gt, gte, lt or lte)"));
        return new Comparison(property, comparator, conditionValue(property, value, token, tokenPosition));
    }

    private static Value conditionValue(Property property, String text, String token, int tokenPosition) {
        boolean ratioProperty = property == Property.AR || property == Property.IAR;
        String[] sides = text.split("-", -1);
        if (ratioProperty && sides.length == 2) {
            Optional<Value.Num> w = Numbers.parse(sides[0]).filter(n -> n.value() > 0);
            Optional<Value.Num> h = Numbers.parse(sides[1]).filter(n -> n.value() > 0);
            if (w.isPresent() && h.isPresent()) {
                return new Value.Ratio(w.get(), h.get());
            }
        }
        return Numbers.parse(text).filter(n -> n.value() >= 0).orElseThrow(() -> InvalidTransformationException.at(
                token, tokenPosition, "\"" + text + "\" is not a valid value for " + property
                        + (ratioProperty ? " (a number or a ratio like 4-3)" : " (a non-negative number)")));
    }

    @Override
    public String toString() {
        return anyOf.stream()
                .map(all -> all.stream().map(Comparison::toString).collect(Collectors.joining("_and_")))
                .collect(Collectors.joining("_or_"));
    }
}
