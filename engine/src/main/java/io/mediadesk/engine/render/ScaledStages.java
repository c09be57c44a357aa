package io.mediadesk.engine.render;

import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.PlanOp;
import io.mediadesk.engine.plan.Size;
import io.mediadesk.engine.transform.Color;
import io.mediadesk.engine.transform.Value;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a {@link Plan} on a smaller copy of its source, so that a preview of a 12 MP output costs
 * what a preview-sized one does. The plan (made by the {@link io.mediadesk.engine.plan.Planner} for
 * the real source) is not changed: each operation is carried out on the small
 * copy with its geometry multiplied by the ratio between the copy and the image the operation
 * sees in the real render (crop boxes, pad canvases, border widths, blur sigmas, corner radii,
 * layers placed on the full-size base and shrunk alike). The result is the real render made
 * smaller, up to resampling and rounding to whole pixels; the true output size is the plan's.
 * Used by {@link Renderer#renderPreview}.
 *
 * <p>How small each stage may be is worked out backwards from the end ({@link #scales}): the
 * output is wanted at {@code scale}; a resize may need more detail before it than after it (a
 * small crop enlarged), so the scale before a resize is the scale after it times the resize's
 * enlargement, never above 1. Everything between two resizes runs at one scale.
 */
final class ScaledStages {
    private ScaledStages() {
    }

    /**
     * Whether every operation can be carried out at a scale: not an unresolved trim (its box is
     * found from the pixels, which at another scale may find another box), not {@code e-distort}
     * (absolute corner points), not a {@code bg-blurred_N} pad (an absolute blur in a background
     * painted on the canvas). Other plans are rendered full size and then made smaller.
     */
    static boolean supports(Plan plan) {
        if (!plan.resolved()) return false;
        for (PlanOp op : plan.ops()) {
            if (op instanceof PlanOp.Effect e && !EffectStages.scales(e)) return false;
            if (op instanceof PlanOp.Pad p && !(p.background() instanceof Color) && blurredWithAmount(p.background())) {
                return false;
            }
        }
        return true;
    }

    private static boolean blurredWithAmount(Value bg) {
        List<Value> items = bg instanceof Value.Items i ? i.items() : List.of(bg);
        return items.get(0).toString().equals("blurred") && items.size() > 1 && items.get(1) instanceof Value.Num;
    }

    /**
     * The scale each stage runs at: element {@code k} is the scale of the image after {@code k}
     * operations (element 0: the source), the last one {@code scale}.
     */
    static double[] scales(Plan plan, Size source, double scale) {
        List<Size> sizes = sizes(plan, source);
        int n = plan.ops().size();
        double[] at = new double[n + 1];
        at[n] = scale;
        for (int k = n; k >= 1; k--) {
            if (plan.ops().get(k - 1) instanceof PlanOp.Resize) {
                Size before = sizes.get(k - 1);
                Size after = sizes.get(k);
                double enlargement = Math.max(after.width() / (double) before.width(), after.height() / (double) before.height());
                at[k - 1] = Math.min(1, at[k] * enlargement);
            } else {
                at[k - 1] = at[k];
            }
        }
        return at;
    }

    /** The full-size image's size before each operation and after the last. */
    static List<Size> sizes(Plan plan, Size source) {
        List<Size> sizes = new ArrayList<>(plan.ops().size() + 1);
        Size size = source;
        sizes.add(size);
        for (PlanOp op : plan.ops()) {
            size = op.after(size);
            sizes.add(size);
        }
        return sizes;
    }

    /**
     * Runs the operations of {@code plan} from {@code from} on, on {@code image}: a copy, at
     * {@code scales[from]}, of what the first {@code from} operations make of a source of size
     * {@code source} (the caller may do those at full size: a leading orientation or crop).
     *
     * @param scales from {@link #scales}
     * @param overlays puts a layer on a small parent, given the full-size base it is planned on
     */
    static BufferedImage run(Plan plan, Size source, double[] scales, int from, BufferedImage image, int parallelism,
            Consumer<String> notices, ScaledOverlays overlays) {
        List<Size> sizes = sizes(plan, source);
        BufferedImage current = image;
        for (int k = from; k < plan.ops().size(); k++) {
            PlanOp op = plan.ops().get(k);
            Size full = sizes.get(k);
            double rx = current.getWidth() / (double) full.width();
            double ry = current.getHeight() / (double) full.height();
            current = stage(op, current, full, rx, ry, scales[k + 1], parallelism, notices, overlays);
        }
        return current;
    }

    /** Puts a layer on a smaller copy of its parent; {@link Layers#compositeScaled} in a render. */
    @FunctionalInterface
    interface ScaledOverlays {
        BufferedImage composite(PlanOp.Overlay op, BufferedImage parent, Size base);
    }

    private static BufferedImage stage(PlanOp op, BufferedImage in, Size full, double rx, double ry, double after,
            int parallelism, Consumer<String> notices, ScaledOverlays overlays) {
        double r = (rx + ry) / 2;
        if (rx == 1 && ry == 1 && after == 1 && !(op instanceof PlanOp.Overlay)) {
            return PlanStages.stage(op, in, parallelism, notices, new PlanStages.Pins()).apply(in); // full size: the real stage
        }
        if (op instanceof PlanOp.Resize s) {
            int w = Math.max(1, (int) Math.round(s.width() * after));
            int h = Math.max(1, (int) Math.round(s.height() * after));
            return w == in.getWidth() && h == in.getHeight() ? in : Resize.to(w, h).withParallelism(parallelism).apply(in);
        } else if (op instanceof PlanOp.Crop c) {
            return crop(in, c.x(), c.y(), c.width(), c.height(), rx, ry);
        } else if (op instanceof PlanOp.Trim t) {
            var b = t.box().orElseThrow();
            return crop(in, b.x(), b.y(), b.width(), b.height(), rx, ry);
        } else if (op instanceof PlanOp.SmartCrop s) {
            // Saliency looks at a 256 px reduction of the image anyway, so the window found on the copy is
            // the one found on the full image, give or take a pixel of the copy.
            int w = Math.min(in.getWidth(), Math.max(1, (int) Math.round(s.width() * rx)));
            int h = Math.min(in.getHeight(), Math.max(1, (int) Math.round(s.height() * ry)));
            if (!s.focus().isAuto()) {
                notices.accept("fo-" + s.focus().target() + ": no on-device detector for it here; the crop used fo-auto (saliency)");
            }
            int[] at = Saliency.bestWindow(in, w, h);
            return Crop.of(at[0], at[1], w, h).apply(in);
        } else if (op instanceof PlanOp.Pad p) {
            int x = (int) Math.round(p.x() * rx);
            int y = (int) Math.round(p.y() * ry);
            int w = Math.max((int) Math.round(p.canvasWidth() * rx), x + in.getWidth());
            int h = Math.max((int) Math.round(p.canvasHeight() * ry), y + in.getHeight());
            return EffectStages.pad(new PlanOp.Pad(w, h, x, y, p.background()), parallelism).apply(in);
        } else if (op instanceof PlanOp.Border b) {
            int width = b.width() == 0 ? 0 : Math.max(1, (int) Math.round(b.width() * r));
            return Pad.of(in.getWidth() + 2 * width, in.getHeight() + 2 * width, width, width, Colors.rgba(b.color())).apply(in);
        } else if (op instanceof PlanOp.Effect e) {
            return EffectStages.of(e, parallelism, r).apply(in);
        } else if (op instanceof PlanOp.Gradient g) {
            return new GradientOverlay(g.degrees(), Colors.rgba(g.from()), Colors.rgba(g.to()),
                    g.stopInPixels() ? g.stop() * r : g.stop(), g.stopInPixels()).apply(in);
        } else if (op instanceof PlanOp.Overlay o) {
            return overlays.composite(o, in, full);
        }
        // orient, rotate, flip, fill: nothing in them is a length
        return PlanStages.stage(op, in, parallelism, notices, new PlanStages.Pins()).apply(in);
    }

    /** The box {@code x,y w x h} of the full-size image, on the copy: its edges scaled and rounded, kept inside. */
    private static BufferedImage crop(BufferedImage in, int x, int y, int w, int h, double rx, double ry) {
        int x0 = Math.min(in.getWidth() - 1, (int) Math.round(x * rx));
        int y0 = Math.min(in.getHeight() - 1, (int) Math.round(y * ry));
        int x1 = Math.min(in.getWidth(), Math.max(x0 + 1, (int) Math.round((x + w) * rx)));
        int y1 = Math.min(in.getHeight(), Math.max(y0 + 1, (int) Math.round((y + h) * ry)));
        return Crop.of(x0, y0, x1 - x0, y1 - y0).apply(in);
    }
}
