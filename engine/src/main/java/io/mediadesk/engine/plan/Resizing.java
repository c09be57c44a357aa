package io.mediadesk.engine.plan;

import io.mediadesk.engine.transform.Key;

/**
 * The {@code c} modes and {@code cm-pad_resize}: scale to fit inside or to cover a W x H box,
 * then crop or pad. The side whose ratio decides the scale is set exactly to W or H; the other
 * follows from integers by {@link Rounding}, so a cover is never a pixel short of W x H.
 */
final class Resizing {
    private Resizing() {
    }

    /** Fit inside W x H: the limiting side exact. Ties ({@code W ch == H cw}) give both exact. */
    static Size fit(Size c, int width, int height) {
        return (long) width * c.height() <= (long) height * c.width() ? byWidth(c, width) : byHeight(c, height);
    }

    /** Cover W x H: the side with the larger ratio exact, the other at least as large as asked. */
    static Size cover(Size c, int width, int height) {
        return (long) width * c.height() >= (long) height * c.width() ? byWidth(c, width) : byHeight(c, height);
    }

    /** Width {@code width}, height following the aspect ratio: {@code round(ch * width / cw)}. */
    static Size byWidth(Size c, int width) {
        return Size.of(width, Rounding.size((long) c.height() * width, c.width()));
    }

    static Size byHeight(Size c, int height) {
        return Size.of(Rounding.size((long) c.width() * height, c.height()), height);
    }

    /** {@code c-*} modes (the default is maintain_ratio). */
    static void crop(StepGeometry g, Target t, String mode) {
        Size c = g.current();
        if (!t.both()) {
            oneSide(g, t, mode);
            return;
        }
        int w = t.width();
        int h = t.height();
        switch (mode) {
            case "force" -> g.resize(Size.of(w, h));
            case "at_max" -> g.resize(w >= c.width() && h >= c.height() ? c : fit(c, w, h));
            case "at_max_enlarge" -> g.resize(fit(c, w, h));
            case "at_least" -> g.resize(cover(c, w, h));
            case "maintain_ratio_no_enlarge" -> {
                if (w >= c.width() || h >= c.height()) {
                    g.crop(Math.min(w, c.width()), Math.min(h, c.height()));
                } else {
                    coverAndCrop(g, w, h);
                }
            }
            default -> coverAndCrop(g, w, h);
        }
    }

    private static void coverAndCrop(StepGeometry g, int w, int h) {
        g.resize(cover(g.current(), w, h));
        g.crop(w, h);
    }

    /**
     * One side given: keep the ratio; the shrink-only modes leave a smaller image alone; force
     * keeps the other side as it is.
     */
    private static void oneSide(StepGeometry g, Target t, String mode) {
        Size c = g.current();
        Size kept = t.hasWidth() ? byWidth(c, t.width()) : byHeight(c, t.height());
        boolean enlarges = t.hasWidth() ? t.width() > c.width() : t.height() > c.height();
        switch (mode) {
            case "force" -> g.resize(t.hasWidth() ? Size.of(t.width(), c.height()) : Size.of(c.width(), t.height()));
            case "at_max", "maintain_ratio_no_enlarge" -> g.resize(enlarges ? c : kept);
            default -> g.resize(kept);
        }
    }

    /** {@code cm-pad_resize}: fit inside W x H (never enlarging when asked), then pad to exactly W x H. */
    static void pad(StepGeometry g, Target t, boolean noEnlarge) {
        Size c = g.current();
        String cause = g.param(Key.CM);
        if (!t.both()) {
            if (t.any()) {
                oneSide(g, t, noEnlarge ? "at_max" : "maintain_ratio");
            }
            return; // one side keeps the ratio exactly: there is nothing to pad
        }
        int w = t.width();
        int h = t.height();
        g.resize(noEnlarge && w >= c.width() && h >= c.height() ? c : fit(c, w, h));
        g.pad(w, h, cause);
    }
}
