package io.mediadesk.engine.render;

import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.PlanOp;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a {@link Plan}'s operations as pixel stages, in the plan's order: the one place where a
 * plan op becomes a stage. The result's size is checked against the plan, so a stage and the
 * planner can never silently disagree by a pixel.
 */
final class PlanStages {
    private PlanStages() {
    }

    static BufferedImage run(Plan plan, BufferedImage image, int parallelism, Consumer<String> notices) {
        BufferedImage current = image;
        for (PlanOp op : plan.ops()) {
            current = stage(op, current, parallelism, notices).apply(current);
        }
        if (current.getWidth() != plan.width() || current.getHeight() != plan.height()) {
            throw new IllegalStateException("the render produced " + current.getWidth() + "x" + current.getHeight()
                    + " but the plan says " + plan.size() + " (" + plan.describeOps() + ")");
        }
        return current;
    }

    private static Stage stage(PlanOp op, BufferedImage current, int parallelism, Consumer<String> notices) {
        if (op instanceof PlanOp.Orient o) {
            return Orientation.fromExif(o.exif());
        } else if (op instanceof PlanOp.Resize r) {
            return Resize.to(r.width(), r.height()).withParallelism(parallelism);
        } else if (op instanceof PlanOp.Crop c) {
            return Crop.of(c.x(), c.y(), c.width(), c.height());
        } else if (op instanceof PlanOp.SmartCrop s) {
            if (!s.focus().isAuto()) {
                notices.accept("fo-" + s.focus().target() + ": no on-device detector for it here; the crop used fo-auto (saliency)");
            }
            int[] at = Saliency.bestWindow(current, s.width(), s.height());
            return Crop.of(at[0], at[1], s.width(), s.height());
        } else if (op instanceof PlanOp.Pad p) {
            return Pad.of(p.canvasWidth(), p.canvasHeight(), p.x(), p.y(), Colors.rgba(p.background()));
        } else if (op instanceof PlanOp.Rotate r) {
            return Rotate.by(r.degrees(), r.background().map(Colors::rgba).orElse(Rgba.TRANSPARENT)).withParallelism(parallelism);
        } else if (op instanceof PlanOp.Flip f) {
            return f.horizontal() && f.vertical() ? Flip.BOTH : f.horizontal() ? Flip.HORIZONTAL : Flip.VERTICAL;
        }
        throw new IllegalArgumentException("no stage for " + op);
    }

    static List<String> describe(Plan plan) {
        return plan.ops().stream().map(PlanOp::toString).toList();
    }
}
