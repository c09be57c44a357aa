package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Expression;
import io.mediadesk.engine.transform.ExpressionContext;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Operation;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The numbers of a layer, worked out without pixels: where it goes in its parent
 * ({@code lx ly lxc lyc lfo lap}, docs/GEOMETRY.md rule 14), the size of a solid or gradient
 * block, and the sizes of a text block ({@code fs pa lh w}). Values are rounded by the planner's
 * one rule ({@code Rounding}: half up, expressions snapped to 6 decimals first).
 */
public final class LayerGeometry {
    /** {@code fs} when a text layer gives none (spec 7.7). */
    public static final int DEFAULT_FONT_SIZE = 45;

    /** The layer's top-left corner in its parent, and what was ignored on the way. */
    public record Placement(int x, int y, List<String> notices) {
        public Placement {
            notices = List.copyOf(notices);
        }
    }

    private enum Part { START, CENTRE, END }

    private LayerGeometry() {
    }

    /**
     * Places a {@code layer} of its final size in a {@code parent}; {@code initial} is the layer's
     * source size ({@code iw ih}). Expressions see {@code cw ch} = the layer's final size (spec 7.5:
     * positions are evaluated last) and {@code bw bh} = the parent's.
     */
    public static Placement place(Operation.Layer layer, Size parent, Size initial, Size last) {
        ExpressionContext context = ExpressionContext.of(initial.width(), initial.height(), last.width(), last.height(),
                parent.width(), parent.height());
        Optional<Value> lx = LayerKeys.last(layer, Key.LX);
        Optional<Value> ly = LayerKeys.last(layer, Key.LY);
        Optional<Value> lxc = LayerKeys.last(layer, Key.LXC);
        Optional<Value> lyc = LayerKeys.last(layer, Key.LYC);
        Optional<String> lfo = LayerKeys.last(layer, Key.LFO).map(Value::toString);
        Optional<String> lap = LayerKeys.last(layer, Key.LAP).map(Value::toString);
        List<String> notices = new ArrayList<>();
        boolean hasX = lx.isPresent() || lxc.isPresent();
        boolean hasY = ly.isPresent() || lyc.isPresent();
        if (lfo.isPresent() && hasX && hasY) {
            notices.add("lfo-" + lfo.get() + ": ignored, the layer's lx/ly (or lxc/lyc) place it");
        }
        if (lap.isPresent() && !hasX && !hasY) {
            notices.add("lap-" + lap.get() + ": ignored, it anchors lx/ly/lxc/lyc and the layer has none");
        }
        String focus = lfo.orElse("center");
        int x = axis("x", lx, lxc, lap.map(a -> horizontal(a)), horizontal(focus), parent.width(), last.width(), context);
        int y = axis("y", ly, lyc, lap.map(a -> vertical(a)), vertical(focus), parent.height(), last.height(), context);
        return new Placement(x, y, notices);
    }

    /** One axis: {@code parent} = B, {@code layer} = L (rule 14 of docs/GEOMETRY.md). */
    private static int axis(String name, Optional<Value> edge, Optional<Value> centre, Optional<Part> anchor, Part focus,
            int parent, int layer, ExpressionContext context) {
        if (edge.isPresent() && centre.isPresent()) {
            throw new PlanningException("l" + name + "c", "give l" + name + " or l" + name + "c on one axis, not both");
        }
        if (edge.isPresent()) {
            long v = Rounding.nearest(exact(edge.get(), context));
            Part from = anchor.orElse(isNegativeLiteral(edge.get()) ? Part.END : Part.START);
            return (int) (aligned(from, parent, layer) + v);
        }
        if (centre.isPresent()) {
            BigDecimal c = exact(centre.get(), context);
            Part at = anchor.orElse(isNegativeLiteral(centre.get()) ? Part.END : Part.START);
            // left = round(P + c - L/2), P = 0, B/2 or B: exactly (2P + 2c - L) / 2, half up
            BigDecimal twoP = BigDecimal.valueOf(at == Part.START ? 0 : at == Part.CENTRE ? parent : 2L * parent);
            return (int) Rounding.nearest(twoP.add(c.multiply(BigDecimal.valueOf(2))).subtract(BigDecimal.valueOf(layer))
                    .divide(BigDecimal.valueOf(2)));
        }
        return (int) aligned(focus, parent, layer);
    }

    /** A written {@code N} value measures from the far side; an expression's negative result does not. */
    private static boolean isNegativeLiteral(Value value) {
        return value instanceof Value.Num n && n.value() < 0;
    }

    /** Where a layer of size L starts when its start, centre or end meets the parent's: 0, floor((B - L) / 2), B - L. */
    private static long aligned(Part part, int parent, int layer) {
        return switch (part) {
            case START -> 0;
            case CENTRE -> Math.floorDiv(parent - layer, 2);
            case END -> parent - layer;
        };
    }

    private static Part horizontal(String position) {
        return position.contains("left") ? Part.START : position.contains("right") ? Part.END : Part.CENTRE;
    }

    private static Part vertical(String position) {
        return position.contains("top") ? Part.START : position.contains("bottom") ? Part.END : Part.CENTRE;
    }

    private static BigDecimal exact(Value value, ExpressionContext context) {
        if (value instanceof Value.Num n) {
            return BigDecimal.valueOf(n.value());
        }
        double v = ((Expression) value).evaluate(context);
        if (!Double.isFinite(v)) {
            throw new PlanningException(value.toString(), "evaluates to " + v);
        }
        return Rounding.snapped(v);
    }

    /**
     * The size of a solid or gradient block ({@code i-ik_canvas}): {@code w}/{@code h} in pixels, a
     * fraction in (0,1) of the parent's side, or an expression on {@code bw bh}; a side not given
     * is the parent's side. **[decision]**
     */
    public static Size canvas(Step first, Size parent) {
        ExpressionContext context = ExpressionContext.ofImage(parent.width(), parent.height());
        return Size.of(side(first.param(Key.W), parent.width(), context, "w"),
                side(first.param(Key.H), parent.height(), context, "h"));
    }

    /** A whole-pixel side (at least 1) from a {@code w}-like value, a fraction of {@code whole}, or {@code whole} when absent. */
    public static int side(Optional<Value> value, int whole, ExpressionContext context, String key) {
        if (value.isEmpty() || value.get() instanceof Value.Word) {
            return whole;
        }
        if (value.get() instanceof Value.Num n && n.value() < 1) {
            return Rounding.size(BigDecimal.valueOf(n.value()).multiply(BigDecimal.valueOf(whole)));
        }
        BigDecimal v = exact(value.get(), context);
        if (v.signum() <= 0) {
            throw new PlanningException(key + "-" + value.get(), "must come out above 0, got " + v.toPlainString());
        }
        return Rounding.size(v);
    }

    /** A whole number of pixels, at least {@code min}, from a number or an expression. */
    public static int pixels(Value value, ExpressionContext context, int min, String key) {
        long v = Rounding.nearest(exact(value, context));
        if (v < min) {
            throw new PlanningException(key + "-" + value, "must come out at least " + min + ", got " + v);
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** {@code pa}, CSS shorthand: 1 value all sides, 2 vertical_horizontal, 3 top_horizontal_bottom, 4 top_right_bottom_left. */
    public static int[] padding(Optional<Value> pa, ExpressionContext context) {
        if (pa.isEmpty()) {
            return new int[4];
        }
        List<Value> parts = pa.get() instanceof Value.Items items ? items.items() : List.of(pa.get());
        int[] v = parts.stream().mapToInt(p -> pixels(p, context, 0, "pa")).toArray();
        return switch (v.length) {
            case 1 -> new int[] {v[0], v[0], v[0], v[0]};
            case 2 -> new int[] {v[0], v[1], v[0], v[1]};
            case 3 -> new int[] {v[0], v[1], v[2], v[1]};
            default -> v;
        };
    }
}
