package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Value grammars made of named sub-parameters, {@code name-value} joined by {@code _} in any order:
 * {@code e-shadow-bl-10_st-30_x-N2_y-2}, {@code e-gradient-ld-top_right_from-FF0000}. A piece that
 * does not start with a known sub-name continues the previous value, which is how {@code ld-top_right}
 * and {@code sp-ih_div_2} keep their underscores. Sub-parameters are written in the order listed here.
 *
 * <p>Decisions: missing sub-parameters stay missing (the service's defaults apply later), so
 * {@code e-shadow} and {@code e-shadow-bl-10_st-30_x-2_y-2} are different strings with the same result;
 * {@code e-dropshadow} sub-keys {@code el} and {@code st} are accepted though only {@code az} is confirmed.
 */
final class PartsGrammar {
    private static final double MAX = Numbers.LIMIT;

    private record Sub(String name, boolean required, BiFunction<ValueText, String, Value> reader) {
    }

    static final Syntax SHADOW = parts(
            new Sub("bl", false, (in, t) -> in.numberIn(t, 0, 15, true, "shadow bl")),
            new Sub("st", false, (in, t) -> in.numberIn(t, 0, 100, true, "shadow st")),
            new Sub("x", false, (in, t) -> in.numberIn(t, -100, 100, false, "shadow x")),
            new Sub("y", false, (in, t) -> in.numberIn(t, -100, 100, false, "shadow y")));
    static final Syntax GRADIENT = parts(
            new Sub("ld", false, PartsGrammar::direction),
            new Sub("from", false, ValueText::colorOf),
            new Sub("to", false, ValueText::colorOf),
            new Sub("sp", false, PartsGrammar::stopPoint));
    static final Syntax COLORIZE = parts(
            new Sub("co", true, ValueText::colorOf),
            new Sub("in", false, (in, t) -> in.numberIn(t, 0, 100, true, "colorize in")));
    static final Syntax DROPSHADOW = parts(
            new Sub("az", false, (in, t) -> in.numberIn(t, 0, 360, false, "dropshadow az")),
            new Sub("el", false, (in, t) -> in.numberIn(t, 0, 90, false, "dropshadow el")),
            new Sub("st", false, (in, t) -> in.numberIn(t, 0, 100, false, "dropshadow st")));
    static final Syntax DISTORT = PartsGrammar::distort;

    private PartsGrammar() {
    }

    private static Syntax parts(Sub... subs) {
        Map<String, Sub> byName = new LinkedHashMap<>();
        for (Sub sub : subs) {
            byName.put(sub.name(), sub);
        }
        return in -> {
            Map<String, String> texts = split(in, byName);
            List<Value.Part> parts = new ArrayList<>();
            for (Sub sub : subs) {
                String text = texts.get(sub.name());
                if (text != null) {
                    parts.add(new Value.Part(sub.name(), sub.reader().apply(in, text)));
                } else if (sub.required()) {
                    throw in.fail(in.key().shortKey() + " needs " + sub.name() + "-<value>");
                }
            }
            return new Value.Parts(parts);
        };
    }

    private static Map<String, String> split(ValueText in, Map<String, Sub> byName) {
        Map<String, String> texts = new LinkedHashMap<>();
        String current = null;
        for (String piece : in.text().split("_", -1)) {
            int dash = piece.indexOf('-');
            String name = dash > 0 ? piece.substring(0, dash) : null;
            if (name != null && byName.containsKey(name)) {
                if (texts.containsKey(name)) {
                    throw in.fail(in.key().shortKey() + " gives " + name + " twice");
                }
                current = name;
                texts.put(name, piece.substring(dash + 1));
            } else if (current == null) {
                throw in.fail("unknown " + in.key().shortKey() + " option \"" + piece + "\" (options: "
                        + String.join(", ", byName.keySet()) + ")");
            } else {
                texts.put(current, texts.get(current) + "_" + piece);
            }
        }
        return texts;
    }

    private static Value direction(ValueText in, String text) {
        if (WordGrammar.POSITIONS.contains(text) && !text.equals("center")) {
            return new Value.Word(text);
        }
        return in.numberIn(text, 0, 359, false, "gradient direction (top, bottom_left, ... or 0-359)");
    }

    private static Value stopPoint(ValueText in, String text) {
        if (in.looksLikeExpression(text)) {
            return in.expression(text);
        }
        return NumberGrammar.positive(in, text);
    }

    /** {@code p-x1_y1_x2_y2_x3_y3_x4_y4} (corners clockwise from top-left) or {@code a-<degrees>}. */
    private static Value distort(ValueText in) {
        String text = in.text();
        if (text.startsWith("a-")) {
            return new Value.Parts(List.of(new Value.Part("a", in.numberIn(text.substring(2), -360, 360, false, "arc angle"))));
        }
        String[] points = text.startsWith("p-") ? text.substring(2).split("_", -1) : new String[0];
        if (points.length != 8) {
            throw in.fail("distort is p-x1_y1_x2_y2_x3_y3_x4_y4 (perspective) or a-<degrees> (arc)");
        }
        List<Value> values = new ArrayList<>();
        for (String point : points) {
            values.add(in.numberIn(point, -MAX, MAX, true, "each distort coordinate"));
        }
        return new Value.Parts(List.of(new Value.Part("p", new Value.Items(values, "_"))));
    }
}
