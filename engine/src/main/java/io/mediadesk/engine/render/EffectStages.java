package io.mediadesk.engine.render;

import io.mediadesk.engine.plan.PlanOp;
import io.mediadesk.engine.transform.Color;
import io.mediadesk.engine.transform.Value;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns the planner's effect operations into stages, reading each parameter's parsed value and
 * applying the defaults docs/EFFECTS.md lists; {@link PlanStages} asks here for every
 * {@link PlanOp.Effect} and for the backgrounds of padding.
 */
final class EffectStages {
    private EffectStages() {
    }

    static Stage of(PlanOp.Effect effect, int parallelism) {
        return of(effect, parallelism, 1);
    }

    /**
     * The effect as it looks on a copy of the image {@code scale} times the size (0 < scale <= 1):
     * every length in pixels (blur and sharpening sigmas, corner radii, shadow blur) is scaled,
     * everything else (amounts, percentages, colours) is kept. For a preview that renders a plan
     * on a smaller copy ({@link ScaledStages}); {@link #scales} says which effects can.
     */
    static Stage of(PlanOp.Effect effect, int parallelism, double scale) {
        Value v = effect.value();
        return switch (effect.key()) {
            case BL -> Blur.sigma((1 + num(v) / 2) * scale).withParallelism(parallelism); // Blur.imageKit at scale 1
            case E_GRAYSCALE -> Grayscale.INSTANCE;
            case E_CONTRAST -> ContrastStretch.INSTANCE;
            case E_SHARPEN -> sharpen(v instanceof Value.Num n ? n.value() : UnsharpMask.DEFAULT_SHARPEN, scale)
                    .withParallelism(parallelism);
            case E_USM -> unsharpMask(v, scale).withParallelism(parallelism);
            case E_COLORIZE -> colorize((Value.Parts) v);
            case CR -> colorReplace(v);
            case R -> radius(v, scale);
            case O -> Opacity.of((int) Math.round(num(v)));
            case E_SHADOW -> shadow(v, scale).withParallelism(parallelism);
            case E_DISTORT -> perspective((Value.Parts) v).withParallelism(parallelism);
            default -> throw new IllegalArgumentException("no stage for " + effect);
        };
    }

    /** Whether {@link #of(PlanOp.Effect, int, double)} can draw the effect at a scale: not {@code e-distort}, whose corners are absolute. */
    static boolean scales(PlanOp.Effect effect) {
        return effect.key() != io.mediadesk.engine.transform.Key.E_DISTORT;
    }

    private static UnsharpMask sharpen(double n, double scale) {
        return scale == 1 ? UnsharpMask.sharpen(n) : new UnsharpMask(Blur.sigma(scale), n / 10, 0);
    }

    /** The background of a pad op: a plain colour pads with {@link Pad}, the others paint from the image. */
    static Stage pad(PlanOp.Pad p, int parallelism) {
        Value bg = p.background();
        if (bg instanceof Color c) {
            return Pad.of(p.canvasWidth(), p.canvasHeight(), p.x(), p.y(), Colors.rgba(c));
        }
        return new PadOn(p.canvasWidth(), p.canvasHeight(), p.x(), p.y(), padBackground(bg), parallelism);
    }

    private static PadBackground padBackground(Value bg) {
        List<Value> items = bg instanceof Value.Items i ? i.items() : List.of(bg);
        String word = items.get(0).toString();
        return switch (word) {
            case "blurred" -> new PadBackground.Blurred(
                    items.size() > 1 && items.get(1) instanceof Value.Num n ? OptionalInt.of(n.intValue()) : OptionalInt.empty(),
                    items.size() > 2 ? ((Value.Num) items.get(2)).intValue() : 0);
            case "dominant" -> new PadBackground.DominantColor();
            case "gradient_dominant" -> new PadBackground.DominantGradient(items.size() > 1 ? ((Value.Num) items.get(1)).intValue() : 2);
            default -> throw new IllegalArgumentException("no padding background " + bg);
        };
    }

    private static UnsharpMask unsharpMask(Value v, double scale) {
        if (!(v instanceof Value.Items items)) {
            return UnsharpMask.of(0, scale, 1, 0.05); // ImageMagick's -unsharp defaults
        }
        return UnsharpMask.of(num(items.get(0)) * scale, num(items.get(1)) * scale, num(items.get(2)), num(items.get(3)));
    }

    private static Colorize colorize(Value.Parts parts) {
        Rgba colour = Colors.rgba((Color) parts.get("co").orElseThrow());
        return new Colorize(colour, parts.get("in").map(EffectStages::num).orElse(Colorize.DEFAULT_PERCENT));
    }

    private static ColorReplace colorReplace(Value v) {
        List<Value> items = v instanceof Value.Items i ? i.items() : List.of(v);
        Rgba to = Colors.rgba((Color) items.get(0));
        double tolerance = items.size() > 1 ? num(items.get(1)) : ColorReplace.DEFAULT_TOLERANCE;
        Optional<Rgba> from = items.size() > 2 ? Optional.of(Colors.rgba((Color) items.get(2))) : Optional.empty();
        return new ColorReplace(to, tolerance, from);
    }

    private static Radius radius(Value v, double scale) {
        if (v instanceof Value.Word) {
            return Radius.max();
        }
        if (v instanceof Value.Items i) {
            return Radius.corners(px(num(i.get(0)), scale), px(num(i.get(1)), scale), px(num(i.get(2)), scale),
                    px(num(i.get(3)), scale));
        }
        return Radius.of(px(num(v), scale));
    }

    /** A whole-pixel length at a scale; at scale 1 the parameter's own truncation. */
    private static int px(double value, double scale) {
        return scale == 1 ? (int) value : (int) Math.round((int) value * scale);
    }

    private static Perspective perspective(Value.Parts parts) {
        List<Value> points = ((Value.Items) parts.get("p").orElseThrow()).items();
        return Perspective.of(points.stream().mapToDouble(EffectStages::num).toArray());
    }

    private static Shadow shadow(Value v, double scale) {
        Value.Parts parts = v instanceof Value.Parts p ? p : new Value.Parts(List.of());
        // x and y are percentages of the image: only the blur is a length
        return Shadow.of(part(parts, "bl", 10) * scale, part(parts, "st", 30), part(parts, "x", 2), part(parts, "y", 2));
    }

    private static double part(Value.Parts parts, String name, double otherwise) {
        return parts.get(name).map(EffectStages::num).orElse(otherwise);
    }

    private static double num(Value v) {
        return ((Value.Num) v).value();
    }
}
