package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * {@code e-colorize-co-<colour>_in-<0..100>}: each channel moves {@code in} percent of the way
 * to the colour, {@code c + (colour - c) * in / 100}, as ImageMagick's {@code -fill colour
 * -colorize in%}. A colour written with an opacity ({@code RRGGBB50}) scales the intensity.
 * Alpha is kept.
 */
public record Colorize(Rgba color, double percent) implements Stage {

    /** {@code in} is optional; without it the image goes half way (decision, docs/EFFECTS.md). */
    public static final double DEFAULT_PERCENT = 50;

    public Colorize {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("colorize intensity must be 0-100, got " + percent);
        }
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        double t = percent / 100 * color.alpha() / 255;
        boolean alpha = Pixels.hasAlpha(in);
        var out = Pixels.create(in.getWidth(), in.getHeight(), alpha);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            dst[i] = (alpha ? p & 0xFF000000 : 0) | mix(p >> 16 & 0xFF, color.red(), t) << 16
                    | mix(p >> 8 & 0xFF, color.green(), t) << 8 | mix(p & 0xFF, color.blue(), t);
        }
        return out;
    }

    private static int mix(int c, int target, double t) {
        return (int) Math.floor(c + (target - c) * t + 0.5);
    }
}
