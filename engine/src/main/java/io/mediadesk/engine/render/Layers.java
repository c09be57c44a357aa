package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.DecodeOptions;
import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.plan.LayerGeometry;
import io.mediadesk.engine.plan.LayerKeys;
import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.PlanOp;
import io.mediadesk.engine.plan.Planner;
import io.mediadesk.engine.plan.PlanningException;
import io.mediadesk.engine.plan.Size;
import io.mediadesk.engine.plan.Source;
import io.mediadesk.engine.transform.Color;
import io.mediadesk.engine.transform.ExpressionContext;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Operation;
import io.mediadesk.engine.transform.Step;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.Value;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Renders the layers of a plan ({@link PlanOp.Overlay}) and puts them on their parent. A layer's
 * pixels start as a library file (through the {@link LayerSource}), a solid or gradient block
 * ({@code i-ik_canvas}) or a text block ({@link TextBlock}); its own steps are then planned by the
 * same {@link Planner} with the parent as base and run by the same {@link PlanStages}, nested
 * layers included (each relative to its parent); last it is placed by
 * {@link LayerGeometry#place} and composited in its {@code lm} mode ({@link LayerComposite}).
 */
final class Layers {
    private final LayerSource source;
    private final Decoder decoder;
    private final Limits limits;
    private final Planner planner;
    private final int parallelism;
    private final Consumer<String> notices;

    Layers(LayerSource source, Decoder decoder, Limits limits, Planner planner, int parallelism, Consumer<String> notices) {
        this.source = source;
        this.decoder = decoder;
        this.limits = limits;
        this.planner = planner;
        this.parallelism = parallelism;
        this.notices = notices;
    }

    /** {@code parent} with the layer of {@code op} on it; the parent keeps its size. */
    BufferedImage composite(PlanOp.Overlay op, BufferedImage parent) {
        Placed placed = layer(op, Size.of(parent.getWidth(), parent.getHeight()));
        return new LayerComposite(placed.pixels(), placed.x(), placed.y(), placed.mode()).apply(parent);
    }

    /**
     * {@code parent}, a smaller copy of an image of size {@code base}, with the layer of
     * {@code op} on it as it would be on the full-size image, made smaller alike: the layer is
     * planned, rendered and placed against {@code base} (so its {@code w-200}, {@code fs-40} and
     * {@code lx-10} mean what they mean in the real render), then resized and moved by the ratio
     * of the two sizes. For {@link ScaledStages}.
     */
    BufferedImage compositeScaled(PlanOp.Overlay op, BufferedImage parent, Size base) {
        Placed placed = layer(op, base);
        double rx = parent.getWidth() / (double) base.width();
        double ry = parent.getHeight() / (double) base.height();
        BufferedImage pixels = placed.pixels();
        int w = Math.max(1, (int) Math.round(pixels.getWidth() * rx));
        int h = Math.max(1, (int) Math.round(pixels.getHeight() * ry));
        BufferedImage small = w == pixels.getWidth() && h == pixels.getHeight() ? pixels
                : Resize.to(w, h).withParallelism(parallelism).apply(pixels);
        return new LayerComposite(small, (int) Math.round(placed.x() * rx), (int) Math.round(placed.y() * ry),
                placed.mode()).apply(parent);
    }

    /** A layer's pixels (with alpha), where its top-left corner goes on the parent, and how it blends. */
    private record Placed(BufferedImage pixels, int x, int y, LayerComposite.Mode mode) {
    }

    private Placed layer(PlanOp.Overlay op, Size base) {
        Operation.Layer layer = op.layer();
        Step first = layer.steps().get(0);
        BufferedImage start;
        Source startSource;
        switch (LayerKeys.kind(layer)) {
            case FILE -> {
                String path = ((Value.Path) layer.input().orElseThrow(() -> new PlanningException(layer.type().token(),
                        "an image layer needs an input, i-<path>"))).path();
                Path file = source.find(path).orElseThrow(() -> new PlanningException("i-" + new Value.Path(path),
                        "no such file in the library"));
                ImageInfo info = decoder.probe(file);
                startSource = Source.from(info);
                start = Normalize.INSTANCE.apply(decoder.decode(file, limits, DecodeOptions.DEFAULT).image());
            }
            case CANVAS -> {
                start = block(first, base);
                startSource = Source.of(start.getWidth(), start.getHeight());
            }
            default -> {
                start = text(layer, first, base);
                startSource = Source.of(start.getWidth(), start.getHeight());
            }
        }
        Transformation own = LayerKeys.ownSteps(layer);
        Source layerSource = startSource;
        Plan plan = planner.planLayer(own, layerSource, base, List.of());
        Renderer.refuseUnplanned(plan);
        plan.notices().forEach(n -> notices.accept(layer.type().token() + " > " + n));
        BufferedImage pixels = PlanStages.run(plan, trims -> {
            Plan again = planner.planLayer(own, layerSource, base, trims);
            Renderer.refuseUnplanned(again);
            return again;
        }, start, parallelism, notices, this::composite).image();
        LayerGeometry.Placement at = LayerGeometry.place(layer, base, layerSource.oriented(),
                Size.of(pixels.getWidth(), pixels.getHeight()));
        at.notices().forEach(n -> notices.accept(layer.type().token() + " > " + n));
        LayerComposite.Mode mode = LayerKeys.last(layer, Key.LM).map(v -> LayerComposite.Mode.of(v.toString()))
                .orElse(LayerComposite.Mode.NORMAL);
        return new Placed(Pixels.hasAlpha(pixels) ? pixels : withAlpha(pixels), at.x(), at.y(), mode);
    }

    /**
     * A solid block: {@code w x h} (rule 14 of docs/GEOMETRY.md) of {@code bg}, transparent without
     * one; {@code al-N} makes a 6-digit {@code bg} N x 10 % opaque (digits of an 8-digit colour win,
     * and a colour name ignores {@code al}, spec 7.7). A gradient block is this block with the
     * step's {@code e-gradient} over it, planned as usual.
     */
    private BufferedImage block(Step first, Size base) {
        Size size = LayerGeometry.canvas(first, base);
        checkSide("l-image,i-ik_canvas", size);
        Rgba fill = first.param(Key.BG).filter(Color.class::isInstance).map(Color.class::cast)
                .map(c -> withAl(c, first, !c.isNamed())).orElse(Rgba.TRANSPARENT);
        first.param(Key.BG).filter(v -> !(v instanceof Color))
                .ifPresent(v -> notices.accept("l-image,i-ik_canvas > bg-" + v + ": a block takes a colour; it is transparent"));
        BufferedImage out = Pixels.create(size.width(), size.height(), true);
        Arrays.fill(Pixels.of(out), fill.argb());
        return out;
    }

    private static Rgba withAl(Color colour, Step step, boolean alApplies) {
        Rgba rgba = Colors.rgba(colour);
        Optional<Value.Num> al = step.param(Key.AL, Value.Num.class);
        if (al.isEmpty() || colour.opacity().isPresent() || !alApplies) {
            return rgba;
        }
        int alpha = Math.round(al.get().intValue() * 10 * 255 / 100f);
        return Rgba.of(rgba.red(), rgba.green(), rgba.blue(), alpha);
    }

    /** A text block, then its step's {@code r}, {@code rt} and {@code fl}, in that order. */
    private BufferedImage text(Operation.Layer layer, Step first, Size base) {
        Value.Text input = (Value.Text) layer.input().orElseThrow(() -> new PlanningException("l-text",
                "a text layer needs its text, i-<text> or ie-<base64>"));
        ExpressionContext context = ExpressionContext.ofImage(base.width(), base.height());
        int fs = first.param(Key.FS).map(v -> LayerGeometry.pixels(v, context, 1, "fs")).orElse(LayerGeometry.DEFAULT_FONT_SIZE);
        if (fs > TextBlock.MAX_SIDE) {
            throw new PlanningException("fs-" + fs, "font size above " + TextBlock.MAX_SIDE + " px");
        }
        List<String> styles = first.param(Key.TG).map(v -> List.of(v.toString().split("_"))).orElse(List.of());
        Font font = Fonts.choose(first.param(Key.FF).map(v -> ((Value.Path) v).path()), styles.contains("b"),
                styles.contains("i"), source, notices).deriveFont((float) fs);
        Rgba colour = first.param(Key.CO).map(c -> withAl((Color) c, first, true))
                .orElseGet(() -> withAl(Color.parse("000000"), first, true));
        OptionalDouble lh = first.param(Key.LH).map(v -> {
            double d = v instanceof Value.Num n ? n.value()
                    : ((io.mediadesk.engine.transform.Expression) v).evaluate(context);
            if (!(d > 0) || d > TextBlock.MAX_SIDE) {
                throw new PlanningException("lh-" + v, "line height must come out between 0 and " + TextBlock.MAX_SIDE + " px");
            }
            return OptionalDouble.of(d);
        }).orElse(OptionalDouble.empty());
        OptionalInt wrap = first.param(Key.W).map(v -> OptionalInt.of(LayerGeometry.side(Optional.of(v), base.width(),
                context, "w"))).orElse(OptionalInt.empty());
        Rgba background = first.param(Key.BG).filter(Color.class::isInstance).map(c -> Colors.rgba((Color) c))
                .orElse(Rgba.TRANSPARENT);
        first.param(Key.BG).filter(v -> !(v instanceof Color))
                .ifPresent(v -> notices.accept("l-text > bg-" + v + ": a text block takes a colour; it is transparent"));
        String align = first.param(Key.IA).map(Value::toString).orElse("center");
        BufferedImage out = new TextBlock(input.text(), font, colour, styles.contains("strikethrough"), align,
                LayerGeometry.padding(first.param(Key.PA), context), lh, wrap, background, limits.maxOutputSide()).render();
        Optional<Value> r = first.param(Key.R);
        if (r.isPresent()) {
            out = EffectStages.of(new PlanOp.Effect(Key.R, r.get()), parallelism).apply(out);
        }
        Optional<Value.Num> rt = first.param(Key.RT, Value.Num.class);
        if (rt.isPresent() && rt.get().value() % 360 != 0) {
            out = Rotate.by(rt.get().value(), Rgba.TRANSPARENT).withParallelism(parallelism).apply(out);
        }
        Optional<Value> fl = first.param(Key.FL);
        if (fl.isPresent()) {
            Flip flip = switch (fl.get().toString()) {
                case "h" -> Flip.HORIZONTAL;
                case "v" -> Flip.VERTICAL;
                default -> Flip.BOTH;
            };
            out = flip.apply(out);
        }
        return out;
    }

    private void checkSide(String what, Size size) {
        if (Math.max(size.width(), size.height()) > limits.maxOutputSide()) {
            throw new PlanningException(what, "makes a " + size + " block; the largest side allowed is "
                    + limits.maxOutputSide() + " px");
        }
    }

    private static BufferedImage withAlpha(BufferedImage rgb) {
        BufferedImage out = Pixels.create(rgb.getWidth(), rgb.getHeight(), true);
        int[] src = Pixels.of(rgb);
        int[] dst = Pixels.of(out);
        for (int i = 0; i < src.length; i++) {
            dst[i] = 0xFF000000 | src[i];
        }
        return out;
    }
}
