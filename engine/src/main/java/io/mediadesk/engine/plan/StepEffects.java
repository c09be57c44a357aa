package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Color;
import io.mediadesk.engine.transform.Expression;
import io.mediadesk.engine.transform.ExpressionContext;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Value;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans what a step does besides resizing, cropping, padding, rotating and flipping: the trim
 * before the geometry, and the effects after it, in {@link #ORDER}. A step therefore always runs
 * trim -> resize/crop/pad -> rotate -> flip -> the effects in {@link #ORDER} -> fill with
 * {@code bg}, whatever order its parameters are written in (docs/EFFECTS.md says why).
 */
final class StepEffects {
    /**
     * THE order of the effects within a step. The perspective distortion first, as it moves
     * pixels like the geometry before it; colour replacement next, while the colours are
     * the image's own; contrast stretch before grayscale and colorize so that a tint is applied
     * to a full-range image; blur and sharpening next; the gradient lies on the finished picture;
     * the border grows the canvas and the radius then rounds it, border included (as CSS
     * {@code border-radius} does); the shadow is cast by that final shape; opacity comes last.
     */
    static final List<Key> ORDER = List.of(Key.E_DISTORT, Key.CR, Key.E_CONTRAST, Key.E_GRAYSCALE, Key.E_COLORIZE, Key.BL,
            Key.E_SHARPEN, Key.E_USM, Key.E_GRADIENT, Key.B, Key.R, Key.E_SHADOW, Key.O);
    /** Keys this class plans: the trim and the effects. */
    static final Set<Key> KEYS = keys();
    /** {@code t-true}: ImageKit documents 1-99 and no default; 10 keeps JPEG noise out of the border. */
    static final int DEFAULT_TRIM = 10;
    /** The service refuses {@code e-shadow} on larger inputs (spec 7.3). */
    static final long SHADOW_MAX_PIXELS = 2_000_000;
    private static final Set<Key> MAKE_TRANSPARENT = EnumSet.of(Key.R, Key.O, Key.E_SHADOW);

    private final Step step;
    private final Draft draft;

    StepEffects(Step step, Draft draft) {
        this.step = step;
        this.draft = draft;
    }

    private static Set<Key> keys() {
        Set<Key> keys = EnumSet.copyOf(ORDER);
        keys.add(Key.T);
        return keys;
    }

    /** {@code t}: first in the step, so the step's sizes are worked out on the trimmed image. */
    void trim() {
        step.param(Key.T).ifPresent(t -> {
            int threshold = t instanceof Value.Num n ? n.intValue() : DEFAULT_TRIM;
            draft.add(new PlanOp.Trim(threshold, draft.nextTrim()), text(Key.T));
        });
    }

    /**
     * The effects after the geometry. {@code context} holds the variables as the step began
     * (after its trim), which is what {@code cw}/{@code ch} in {@code b} and {@code sp} mean.
     */
    void plan(ExpressionContext context, boolean backgroundUsed) {
        for (Key key : ORDER) {
            step.param(key).ifPresent(value -> effect(key, value, context));
        }
        fill(backgroundUsed);
    }

    private void effect(Key key, Value value, ExpressionContext context) {
        switch (key) {
            case B -> border((Value.Items) value, context);
            case E_DISTORT -> distort((Value.Parts) value);
            case E_GRADIENT -> draft.add(Gradients.plan(value, context, text(key)), text(key));
            case E_SHADOW -> {
                Size c = draft.current();
                if ((long) c.width() * c.height() > SHADOW_MAX_PIXELS) {
                    throw new PlanningException(text(key), "works on images of at most 2 MP and this one is " + c
                            + " at that point (the service answers 400): resize in an earlier step");
                }
                draft.add(new PlanOp.Effect(key, value), text(key));
            }
            default -> draft.add(new PlanOp.Effect(key, value), text(key));
        }
    }

    /**
     * Perspective only; the corners must make a convex quadrilateral, clockwise from the top-left.
     * The arc ({@code e-distort-a-N}) is refused: the spec gives only its angle, not the radius,
     * the centre, the output canvas or what a negative angle bends, so a local render could only
     * look plausible, not match the service (docs/EFFECTS.md).
     */
    private void distort(Value.Parts value) {
        if (value.get("p").isEmpty()) {
            draft.unplanned(text(Key.E_DISTORT), Support.NOT_YET, "the service documents only the arc's angle,"
                    + " not its radius, centre or canvas, so a local arc would not match it");
            return;
        }
        List<Value> points = ((Value.Items) value.get("p").orElseThrow()).items();
        for (int i = 0; i < 4; i++) {
            double ax = num(points.get(2 * ((i + 1) % 4))) - num(points.get(2 * i));
            double ay = num(points.get(2 * ((i + 1) % 4) + 1)) - num(points.get(2 * i + 1));
            double bx = num(points.get(2 * ((i + 2) % 4))) - num(points.get(2 * ((i + 1) % 4)));
            double by = num(points.get(2 * ((i + 2) % 4) + 1)) - num(points.get(2 * ((i + 1) % 4) + 1));
            if (ax * by - ay * bx <= 0) {
                throw new PlanningException(text(Key.E_DISTORT), "the four points must make a convex quadrilateral, "
                        + "clockwise from the top-left corner (as the image's corners are)");
            }
        }
        draft.add(new PlanOp.Effect(Key.E_DISTORT, value), text(Key.E_DISTORT));
    }

    private static double num(Value v) {
        return ((Value.Num) v).value();
    }

    private void border(Value.Items value, ExpressionContext context) {
        double width = value.get(0) instanceof Expression e ? e.evaluate(context) : ((Value.Num) value.get(0)).value();
        if (!Double.isFinite(width) || width < 0) {
            throw new PlanningException(text(Key.B), "evaluates to a border of " + width + " px; it must be 0 or more");
        }
        long px = Rounding.nearest(Rounding.snapped(width));
        if (px == 0) {
            draft.notice(text(Key.B), "ignored: the border width rounds to 0 px");
            return;
        }
        draft.add(new PlanOp.Border((int) Math.min(px, Integer.MAX_VALUE / 4), (Color) value.get(1)), text(Key.B));
    }

    /**
     * A colour {@code bg} that padding or rotation did not use fills what is transparent at the
     * end of the step; so does one that did when the step also made pixels transparent
     * ({@code r}, {@code o}, {@code e-shadow}): "combined with bg blends to opaque".
     */
    private void fill(boolean backgroundUsed) {
        Optional<Value> bg = step.param(Key.BG);
        if (bg.isEmpty()) {
            return;
        }
        boolean transparent = MAKE_TRANSPARENT.stream().anyMatch(step::has);
        if (bg.get() instanceof Color color) {
            if (!backgroundUsed || transparent) {
                draft.add(new PlanOp.Fill(color), text(Key.BG));
            }
        } else if (!backgroundUsed && StepGeometry.isGenfill(bg.get())) {
            draft.unplanned(text(Key.BG), Support.HOSTED_ONLY, "generative fill is an AI feature of the hosted service");
        } else if (!backgroundUsed) {
            draft.notice(text(Key.BG), "ignored: only padding uses blurred and dominant backgrounds, "
                    + "and nothing in this step is padded");
        }
    }

    private String text(Key key) {
        return Planner.text(key, step.param(key).orElseThrow());
    }
}
