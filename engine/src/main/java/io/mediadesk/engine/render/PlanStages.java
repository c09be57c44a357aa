package io.mediadesk.engine.render;

import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.PlanOp;
import io.mediadesk.engine.plan.Source;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import io.mediadesk.engine.EngineException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a {@link Plan}'s operations as pixel stages, in the plan's order: the one place where a
 * plan op becomes a stage. A trim whose box the planner could not know is found here from the
 * pixels, and the rest is planned again with it ({@code replan}), so everything after a trim is
 * sized on the trimmed image. The result's size is checked against the final plan, so a stage
 * and the planner can never silently disagree by a pixel.
 */
final class PlanStages {
    /** The image and the plan that produced it (the last re-plan, when there were trims). */
    record Result(Plan plan, BufferedImage image) {
    }

    private PlanStages() {
    }

    /**
     * Where each smart crop cut the first frame of an animation, so that the later frames are cut
     * at the same place: geometry is decided once per render, never per frame (a window that
     * followed each frame's content would make the picture jump).
     */
    static final class Pins {
        private final List<int[]> windows = new ArrayList<>();
        private int next;

        int[] window(Supplier<int[]> find) {
            if (next < windows.size()) return windows.get(next++);
            int[] found = find.get();
            windows.add(found);
            next++;
            return found;
        }

        /** Back to the first crop, for the next frame. */
        Pins rewind() {
            next = 0;
            return this;
        }
    }

    /** Puts a layer on its parent; {@link Layers#composite} in a render. */
    @FunctionalInterface
    interface Overlays {
        /** Refuses every layer: for callers with no {@link LayerSource}. */
        Overlays NONE = (op, parent) -> {
            throw new NotRenderableException("no layer source: cannot render " + op);
        };

        BufferedImage composite(PlanOp.Overlay op, BufferedImage parent);
    }

    static BufferedImage run(Plan plan, BufferedImage image, int parallelism, Consumer<String> notices) {
        return run(plan, boxes -> {
            throw new IllegalStateException("this plan has a trim and nothing to plan it again with");
        }, image, parallelism, notices).image();
    }

    static Result run(Plan plan, Function<List<Source.Box>, Plan> replan, BufferedImage image, int parallelism,
            Consumer<String> notices) {
        return run(plan, replan, image, parallelism, notices, Overlays.NONE);
    }

    static Result run(Plan plan, Function<List<Source.Box>, Plan> replan, BufferedImage image, int parallelism,
            Consumer<String> notices, Overlays overlays) {
        return run(plan, replan, image, parallelism, notices, overlays, new Pins());
    }

    /** @param pins smart-crop windows found on an earlier frame of the same animation, or a new one */
    static Result run(Plan plan, Function<List<Source.Box>, Plan> replan, BufferedImage image, int parallelism,
            Consumer<String> notices, Overlays overlays, Pins pins) {
        return run(plan, replan, image, parallelism, notices, overlays, pins, () -> false);
    }

    /**
     * @param abandoned asked before every operation; when it says yes the render stops with an
     *     {@link EngineException} (a preview whose edit has been typed over)
     */
    static Result run(Plan plan, Function<List<Source.Box>, Plan> replan, BufferedImage image, int parallelism,
            Consumer<String> notices, Overlays overlays, Pins pins, BooleanSupplier abandoned) {
        BufferedImage current = image;
        List<Source.Box> trims = new ArrayList<>();
        int i = 0;
        while (i < plan.ops().size()) {
            Renderer.checkAbandoned(abandoned);
            PlanOp op = plan.ops().get(i);
            if (op instanceof PlanOp.Trim t && !t.resolved()) {
                int[] box = Trimmer.find(current, t.threshold());
                trims.add(new Source.Box(box[0], box[1], box[2], box[3]));
                Plan before = plan;
                plan = replan.apply(List.copyOf(trims));
                if (plan.ops().size() <= i || !(plan.ops().get(i) instanceof PlanOp.Trim again) || !again.resolved()
                        || !plan.ops().subList(0, i).equals(before.ops().subList(0, i))) {
                    throw new IllegalStateException("planning again changed what was already rendered: "
                            + before.describeOps() + " became " + plan.describeOps());
                }
                continue; // the same index, now a resolved trim
            }
            if (op instanceof PlanOp.Resize r && i + 1 < plan.ops().size()
                    && plan.ops().get(i + 1) instanceof PlanOp.SmartCrop s && s.focus().target().equals("face")) {
                current = SmartCrops.resizeAndCut(r, s, current, parallelism, notices, pins);
                i += 2;
                continue;
            }
            current = op instanceof PlanOp.Overlay o ? overlays.composite(o, current)
                    : stage(op, current, parallelism, notices, pins).apply(current);
            i++;
        }
        if (current.getWidth() != plan.width() || current.getHeight() != plan.height()) {
            throw new IllegalStateException("the render produced " + current.getWidth() + "x" + current.getHeight()
                    + " but the plan says " + plan.size() + " (" + plan.describeOps() + ")");
        }
        return new Result(plan, current);
    }

    static Stage stage(PlanOp op, BufferedImage current, int parallelism, Consumer<String> notices, Pins pins) {
        if (op instanceof PlanOp.Orient o) {
            return Orientation.fromExif(o.exif());
        } else if (op instanceof PlanOp.Resize r) {
            return Resize.to(r.width(), r.height()).withParallelism(parallelism);
        } else if (op instanceof PlanOp.Crop c) {
            return Crop.of(c.x(), c.y(), c.width(), c.height());
        } else if (op instanceof PlanOp.SmartCrop s) {
            int[] at = pins.window(() -> SmartCrops.region(current, s.width(), s.height(), s.focus(), notices));
            Stage crop = Crop.of(at[0], at[1], at[2], at[3]);
            return at[2] == s.width() && at[3] == s.height() ? crop
                    : crop.then(Resize.to(s.width(), s.height()).withParallelism(parallelism));
        } else if (op instanceof PlanOp.Pad p) {
            return EffectStages.pad(p, parallelism);
        } else if (op instanceof PlanOp.Rotate r) {
            return Rotate.by(r.degrees(), r.background().map(Colors::rgba).orElse(Rgba.TRANSPARENT)).withParallelism(parallelism);
        } else if (op instanceof PlanOp.Flip f) {
            return f.horizontal() && f.vertical() ? Flip.BOTH : f.horizontal() ? Flip.HORIZONTAL : Flip.VERTICAL;
        }
        return effect(op, parallelism);
    }

    private static Stage effect(PlanOp op, int parallelism) {
        if (op instanceof PlanOp.Trim t) {
            Source.Box b = t.box().orElseThrow();
            return Crop.of(b.x(), b.y(), b.width(), b.height());
        } else if (op instanceof PlanOp.Border b) {
            return in -> Pad.of(in.getWidth() + 2 * b.width(), in.getHeight() + 2 * b.width(), b.width(), b.width(),
                    Colors.rgba(b.color())).apply(in);
        } else if (op instanceof PlanOp.Effect e) {
            return EffectStages.of(e, parallelism);
        } else if (op instanceof PlanOp.Gradient g) {
            return new GradientOverlay(g.degrees(), Colors.rgba(g.from()), Colors.rgba(g.to()), g.stop(), g.stopInPixels());
        } else if (op instanceof PlanOp.Fill f) {
            return new Backdrop(Colors.rgba(f.color()));
        }
        throw new IllegalArgumentException("no stage for " + op);
    }

    static List<String> describe(Plan plan) {
        return plan.ops().stream().map(PlanOp::toString).toList();
    }
}
