package io.mediadesk.engine.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Value grammars for values made of several positional parts: border, radius, background,
 * colour replace, padding, unsharp mask, streaming resolutions, font shadow.
 *
 * <p>Decisions: {@code r-} takes one radius or exactly four corners; {@code sr-} resolutions are
 * written in ascending order (the set is what matters); {@code bg-blurred} takes amount then
 * brightness as in the docs; {@code bg-genfill} takes an optional {@code -prompt-<text>} or
 * {@code -prompte-<base64>} like {@code e-changebg}, the joiner the SDKs use for prompts.
 */
final class CompoundGrammar {
    private static final double MAX = Numbers.LIMIT;
    private static final Set<Integer> RESOLUTIONS = Set.of(240, 360, 480, 720, 1080, 1440, 2160);

    static final Syntax COLOR = in -> in.color(in.text());
    static final Syntax BORDER = CompoundGrammar::border;
    static final Syntax RADIUS = CompoundGrammar::radius;
    static final Syntax BACKGROUND = CompoundGrammar::background;
    static final Syntax COLOR_REPLACE = CompoundGrammar::colorReplace;
    static final Syntax PADDING = CompoundGrammar::padding;
    static final Syntax UNSHARP_MASK = CompoundGrammar::unsharpMask;
    static final Syntax STREAMING = CompoundGrammar::streaming;
    static final Syntax FONT_SHADOW = CompoundGrammar::fontShadow;
    static final Syntax PROMPT = in -> prompt(in, in.text());

    private CompoundGrammar() {
    }

    /** Reads a number or (if the key allows) an expression from the cursor, e.g. the width of {@code b-ih_div_20_FF00FF}. */
    static Value numberOrExpression(ValueText in, Segments s, double min, boolean whole) {
        String first = s.peek();
        Expression e = Expression.read(s).orElseGet(() -> {
            in.numberIn(first == null ? "" : first, min, MAX, whole, in.label());
            throw in.fail(in.label() + " is missing a number");
        });
        if (e.isConstant()) {
            return in.numberIn(first, min, MAX, whole, in.label());
        }
        return in.expression(e.toString());
    }

    private static Value border(ValueText in) {
        Segments s = new Segments(in.text(), '_');
        Value width = numberOrExpression(in, s, 1, true);
        if (s.remaining() != 1) {
            throw in.fail(in.label() + " is <width>_<colour>, e.g. " + in.key().shortKey() + "-5_FF0000");
        }
        return new Value.Items(List.of(width, in.color(s.take())), "_");
    }

    private static Value radius(ValueText in) {
        if (in.text().equals("max")) {
            return new Value.Word("max");
        }
        String[] corners = in.text().split("_", -1);
        if (corners.length == 1) {
            return in.numberIn(corners[0], 1, MAX, true, "radius");
        }
        if (corners.length != 4) {
            throw in.fail("radius is one number, max, or four corners tl_tr_br_bl (e.g. r-10_20_30_40)");
        }
        List<Value> values = new ArrayList<>();
        for (String corner : corners) {
            values.add(in.numberIn(corner, 0, MAX, true, "each corner radius"));
        }
        return new Value.Items(values, "_");
    }

    private static Value background(ValueText in) {
        String text = in.text();
        if (text.equals("dominant") || text.equals("genfill") || text.equals("gradient_dominant")) {
            return new Value.Word(text);
        }
        if (text.startsWith("genfill-")) {
            List<Value> parts = new ArrayList<>(List.of(new Value.Word("genfill")));
            parts.addAll(((Value.Items) prompt(in, text.substring("genfill-".length()))).items());
            return new Value.Items(parts, "-");
        }
        if (text.startsWith("gradient_dominant_")) {
            Value.Num n = in.numberIn(text.substring("gradient_dominant_".length()), 2, 4, true, "palette size");
            if (n.value() == 3) {
                throw in.fail("gradient_dominant takes 2 or 4 colours");
            }
            return new Value.Items(List.of(new Value.Word("gradient_dominant"), n), "_");
        }
        if (text.equals("blurred") || text.startsWith("blurred_")) {
            return blurred(in, text.split("_", -1));
        }
        return in.color(text);
    }

    private static Value blurred(ValueText in, String[] parts) {
        if (parts.length > 3) {
            throw in.fail("bg-blurred is blurred[_<auto|0-100>][_<brightness N255-255>]");
        }
        List<Value> values = new ArrayList<>(List.of(new Value.Word("blurred")));
        if (parts.length > 1) {
            values.add(parts[1].equals("auto") ? new Value.Word("auto")
                    : in.numberIn(parts[1], 0, 100, true, "blur amount"));
        }
        if (parts.length > 2) {
            values.add(in.numberIn(parts[2], -255, 255, true, "brightness"));
        }
        return values.size() == 1 ? values.get(0) : new Value.Items(values, "_");
    }

    private static Value colorReplace(ValueText in) {
        String[] parts = in.text().split("_", -1);
        if (parts.length > 3) {
            throw in.fail("colour replace is <to>[_<tolerance 0-100>[_<from>]]");
        }
        List<Value> values = new ArrayList<>(List.of(in.color(parts[0])));
        if (parts.length > 1) {
            values.add(in.numberIn(parts[1], 0, 100, true, "tolerance"));
        }
        if (parts.length > 2) {
            values.add(in.color(parts[2]));
        }
        return values.size() == 1 ? values.get(0) : new Value.Items(values, "_");
    }

    /** CSS shorthand: 1 to 4 sides, each a number or an expression. */
    private static Value padding(ValueText in) {
        Segments s = new Segments(in.text(), '_');
        List<Value> sides = new ArrayList<>();
        while (s.hasNext()) {
            if (sides.size() == 4) {
                throw in.fail("padding has at most four sides (top_right_bottom_left)");
            }
            sides.add(numberOrExpression(in, s, 0, true));
        }
        return sides.size() == 1 ? sides.get(0) : new Value.Items(sides, "_");
    }

    private static Value unsharpMask(ValueText in) {
        String[] parts = in.text().split("-", -1);
        if (parts.length != 4) {
            throw in.fail("unsharp mask is e-usm-<radius>-<sigma>-<amount>-<threshold>, e.g. e-usm-2-2-0.8-0.024");
        }
        List<Value> values = new ArrayList<>();
        for (String part : parts) {
            values.add(in.numberIn(part, 0, MAX, false, "each unsharp mask number"));
        }
        return new Value.Items(values, "-");
    }

    private static Value streaming(ValueText in) {
        TreeSet<Integer> chosen = new TreeSet<>();
        String[] parts = in.text().split("_", -1);
        for (String part : parts) {
            Value.Num n = in.numberIn(part, 0, 9999, true, "each streaming resolution");
            if (!RESOLUTIONS.contains(n.intValue()) || !chosen.add(n.intValue())) {
                throw in.fail("streaming resolutions are distinct values of 240 360 480 720 1080 1440 2160");
            }
        }
        return new Value.Items(chosen.stream().map(r -> (Value) Value.Num.of(r)).toList(), "_");
    }

    private static Value fontShadow(ValueText in) {
        String[] parts = in.text().split("_", -1);
        if (parts.length != 2) {
            throw in.fail("font shadow is <colour>_<offset>, e.g. fsh-blue_2");
        }
        return new Value.Items(List.of(in.color(parts[0]), in.numberIn(parts[1], -MAX, MAX, true, "shadow offset")), "_");
    }

    /** {@code prompt-<url-encoded text>} or {@code prompte-<url-encoded base64>}. */
    static Value prompt(ValueText in, String text) {
        if (text.startsWith("prompt-") && text.length() > 7) {
            return new Value.Items(List.of(new Value.Word("prompt"), InputGrammar.plain(in, text.substring(7))), "-");
        }
        if (text.startsWith("prompte-") && text.length() > 8) {
            return new Value.Items(List.of(new Value.Word("prompte"), InputGrammar.base64(in, text.substring(8))), "-");
        }
        throw in.fail("a prompt is written prompt-<text> or prompte-<base64>");
    }
}
