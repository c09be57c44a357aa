package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * {@code cr-<to>[_<tolerance>[_<from>]]}: every pixel whose colour lies within {@code tolerance}
 * of {@code from} becomes {@code to}, keeping its own alpha (times {@code to}'s opacity, if it
 * has one). Distance is Euclidean in RGB, in percent of the black-to-white diagonal, so
 * tolerance 0 replaces exactly {@code from} and 100 replaces everything. Without {@code from},
 * the image's {@link Dominant} colour is replaced.
 */
public record ColorReplace(Rgba to, double tolerance, Optional<Rgba> from) implements Stage {

    /** The service documents none; 35 catches the shading of a flat-coloured object but not its neighbours. */
    public static final double DEFAULT_TOLERANCE = 35;
    private static final double DIAGONAL = Math.sqrt(3.0 * 255 * 255);

    public ColorReplace {
        if (tolerance < 0 || tolerance > 100) {
            throw new IllegalArgumentException("tolerance must be 0-100, got " + tolerance);
        }
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        int[] src = Pixels.of(in);
        int target = from.map(Rgba::argb).orElseGet(() -> Dominant.colors(in, 1).get(0));
        boolean alpha = Pixels.hasAlpha(in) || !to.isOpaque();
        var out = Pixels.create(in.getWidth(), in.getHeight(), alpha);
        int[] dst = Pixels.of(out);
        double limit = tolerance / 100 * DIAGONAL;
        boolean inAlpha = Pixels.hasAlpha(in);
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            int a = inAlpha ? p >>> 24 : 255;
            if (distance(p, target) <= limit) {
                dst[i] = (alpha ? (a * to.alpha() + 127) / 255 << 24 : 0) | to.argb() & 0xFFFFFF;
            } else {
                dst[i] = (alpha ? a << 24 : 0) | p & 0xFFFFFF;
            }
        }
        return out;
    }

    static double distance(int p, int q) {
        int dr = (p >> 16 & 0xFF) - (q >> 16 & 0xFF);
        int dg = (p >> 8 & 0xFF) - (q >> 8 & 0xFF);
        int db = (p & 0xFF) - (q & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
