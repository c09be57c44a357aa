package io.mediadesk.engine.transform;

/**
 * The sizes an {@link Expression} or {@link Condition} is evaluated against: the initial asset
 * ({@code iw ih}), the current image after the previous chain step ({@code cw ch}) and, inside a
 * layer, the base (parent) image ({@code bw bh}). Ratios ({@code iar car bar}) are derived.
 * Durations in seconds ({@code idu bdu}) are {@code NaN} for still images; using them then fails.
 */
public record ExpressionContext(double iw, double ih, double cw, double ch, double bw, double bh,
                                double idu, double bdu) {

    /** Sizes without durations. */
    public static ExpressionContext of(double iw, double ih, double cw, double ch, double bw, double bh) {
        return new ExpressionContext(iw, ih, cw, ch, bw, bh, Double.NaN, Double.NaN);
    }

    /** A first step on a still image: current and base equal the initial size. */
    public static ExpressionContext ofImage(double width, double height) {
        return of(width, height, width, height, width, height);
    }
}
