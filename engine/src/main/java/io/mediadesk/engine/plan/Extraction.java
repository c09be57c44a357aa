package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Expression;
import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Value;
import java.util.Optional;

/**
 * {@code cm-extract}, {@code cm-pad_extract} and {@code cm-pad_extract_no_shrink}: cut a W x H
 * region out of the current image without resizing. A missing side means the whole current side.
 *
 * <p>Each axis is positioned on its own: by {@code x}/{@code y} (the region's top-left edge,
 * shifted back inside the image with a notice), by {@code xc}/{@code yc} (its centre; a region
 * that does not fit is an error, as the service's crop fails), else by {@code fo}: one of the nine
 * positions, {@code custom} (centred on the asset's custom box), or a smart focus when no axis has
 * a coordinate. Where pad_extract's region is larger than the image, that axis keeps the whole
 * image and {@code fo} places it in the padding.
 */
final class Extraction {
    private final StepGeometry g;
    private final Size current;

    private Extraction(StepGeometry g) {
        this.g = g;
        this.current = g.current();
    }

    static void plan(StepGeometry g, Target t, String mode) {
        Size c = g.current();
        int w = t.hasWidth() ? t.width() : c.width();
        int h = t.hasHeight() ? t.height() : c.height();
        Extraction e = new Extraction(g);
        switch (mode) {
            case "extract" -> e.extract(w, h, false);
            case "pad_extract" -> {
                e.extract(w, h, true);
                g.pad(w, h, g.param(Key.CM));
            }
            default -> g.pad(Math.max(w, c.width()), Math.max(h, c.height()), g.param(Key.CM)); // pad_extract_no_shrink
        }
    }

    private void extract(int w, int h, boolean padded) {
        int rw = Math.min(w, current.width());
        int rh = Math.min(h, current.height());
        if (!padded && (rw < w || rh < h)) {
            g.draft().notice(g.param(Key.CM), "the " + w + "x" + h + " region is larger than the " + current
                    + " image; cropped to " + rw + "x" + rh);
        }
        boolean coordinates = g.has(Key.X) || g.has(Key.Y) || g.has(Key.XC) || g.has(Key.YC);
        Optional<Focus> smart = g.smartFocus();
        if (smart.isPresent() && coordinates) {
            g.use(Key.FO);
            g.draft().notice(g.param(Key.FO), "ignored: x, y, xc or yc position the region; axes without one are centred");
        } else if (!coordinates) {
            g.crop(rw, rh);
            return;
        }
        Optional<double[]> custom = g.customCentre();
        Gravity gravity = smart.isPresent() ? Gravity.CENTER : g.gravity();
        g.use(Key.FO);
        int x = axis(Key.X, Key.XC, w, rw, current.width(), padded,
                custom.map(p -> StepGeometry.centred(p[0], rw, current.width())).orElse(gravity.x(rw, current.width())));
        int y = axis(Key.Y, Key.YC, h, rh, current.height(), padded,
                custom.map(p -> StepGeometry.centred(p[1], rh, current.height())).orElse(gravity.y(rh, current.height())));
        g.draft().add(new PlanOp.Crop(x, y, rw, rh), g.param(Key.CM));
    }

    /** The left (top) edge on one axis: from the corner key, the centre key, or {@code fallback}. */
    private int axis(Key corner, Key centre, int asked, int size, int outer, boolean padded, int fallback) {
        if (g.has(corner) && g.has(centre)) {
            throw new PlanningException(g.param(centre), corner + " and " + centre + " both position the region on "
                    + "the same axis; keep one");
        }
        if (padded && asked > outer) {
            ignoreOnPaddedAxis(corner, centre);
            return 0;
        }
        if (g.has(corner)) {
            long left = offset(corner);
            long inside = Math.max(0, Math.min(outer - size, left));
            if (inside != left) {
                g.draft().notice(g.param(corner), "the region would reach outside the image; moved to " + inside);
            }
            return (int) inside;
        }
        return g.has(centre) ? centredOn(centre, asked, outer) : fallback;
    }

    /** The service's crop fails when a centred region leaves the image; so does the plan. */
    private int centredOn(Key centre, int asked, int outer) {
        long left = Rounding.nearest(Rounding.snapped(offset(centre) - asked / 2.0));
        if (asked > outer || left < 0 || left + asked > outer) {
            throw new PlanningException(g.param(centre), "a region " + asked + " px wide centred there reaches "
                    + "outside the " + outer + " px image, so the crop fails");
        }
        return (int) left;
    }

    /** The whole image is kept on an axis the region overflows; fo places it in the padding. */
    private void ignoreOnPaddedAxis(Key... keys) {
        for (Key key : keys) {
            if (g.has(key)) {
                g.use(key);
                g.draft().notice(g.param(key), "ignored: the region is larger than the image on this axis, "
                        + "which is kept whole and placed in the padding by fo");
            }
        }
    }

    private long offset(Key key) {
        Value v = g.use(key).orElseThrow();
        if (v instanceof Value.Num n) {
            return Rounding.nearest(Rounding.written(n.value()));
        }
        try {
            double value = ((Expression) v).evaluate(g.draft().context());
            if (!Double.isFinite(value)) {
                throw new PlanningException(g.param(key), "evaluates to " + value);
            }
            return Rounding.nearest(Rounding.snapped(value));
        } catch (InvalidTransformationException e) {
            throw new PlanningException(g.param(key), e.getMessage());
        }
    }
}
