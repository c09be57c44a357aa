package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Color;
import io.mediadesk.engine.transform.Expression;
import io.mediadesk.engine.transform.ExpressionContext;
import io.mediadesk.engine.transform.Value;
import java.util.Map;
import java.util.Optional;

/**
 * {@code e-gradient[-ld-<dir>_from-<c>_to-<c>_sp-<n>]} as a {@link PlanOp.Gradient}, with the
 * service's defaults (spec 7.3): towards the bottom, from white to transparent black, stop at
 * the end. A stop of at most 1 is a fraction of the gradient line, above 1 pixels; an expression
 * always gives pixels (like {@code w}), so {@code sp-ch_div_2} is half the height.
 */
final class Gradients {
    /** Direction words as CSS angles: 0 points up, clockwise; corners are taken as 45-degree diagonals. */
    private static final Map<String, Integer> DIRECTIONS = Map.of("top", 0, "top_right", 45, "right", 90,
            "bottom_right", 135, "bottom", 180, "bottom_left", 225, "left", 270, "top_left", 315);
    private static final Color FROM = Color.parse("FFFFFF");
    private static final Color TO = Color.parse("00000000");

    private Gradients() {
    }

    static PlanOp.Gradient plan(Value value, ExpressionContext context, String cause) {
        Value.Parts parts = value instanceof Value.Parts p ? p : new Value.Parts(java.util.List.of());
        double degrees = parts.get("ld").map(Gradients::degrees).orElse(180.0);
        Color from = parts.get("from").map(Color.class::cast).orElse(FROM);
        Color to = parts.get("to").map(Color.class::cast).orElse(TO);
        Optional<Value> sp = parts.get("sp");
        if (sp.isPresent() && sp.get() instanceof Expression e) {
            double px = e.evaluate(context);
            if (!Double.isFinite(px) || px <= 0) {
                throw new PlanningException(cause, "the stop point evaluates to " + px + " px; it must be positive");
            }
            return new PlanOp.Gradient(degrees, from, to, Rounding.snapped(px).doubleValue(), true);
        }
        double stop = sp.map(v -> ((Value.Num) v).value()).orElse(1.0);
        return new PlanOp.Gradient(degrees, from, to, stop, stop > 1);
    }

    private static double degrees(Value ld) {
        return ld instanceof Value.Num n ? n.value() : DIRECTIONS.get(((Value.Word) ld).word());
    }
}
