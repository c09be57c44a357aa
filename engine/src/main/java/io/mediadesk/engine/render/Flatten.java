package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Composite an alpha image over a solid background into opaque RGB, for formats without alpha
 * (JPEG). The background must be opaque: a translucent one would leave alpha that has nowhere to
 * go, and deciding what it should mean is the planner's call, not a silent default here. Each
 * channel is {@code round((c * a + bg * (255 - a)) / 255)} in exact integer arithmetic.
 */
public record Flatten(Rgba background) implements Stage {

    public Flatten {
        if (background == null || !background.isOpaque()) {
            throw new IllegalArgumentException("flatten needs an opaque background, got " + background);
        }
    }

    public static Flatten onto(Rgba background) {
        return new Flatten(background);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        var out = Pixels.create(in.getWidth(), in.getHeight(), false);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        if (!Pixels.hasAlpha(in)) {
            System.arraycopy(src, 0, dst, 0, src.length);
            return out;
        }
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            int a = p >>> 24;
            dst[i] = blend(p >> 16 & 0xFF, background.red(), a) << 16
                    | blend(p >> 8 & 0xFF, background.green(), a) << 8
                    | blend(p & 0xFF, background.blue(), a);
        }
        return out;
    }

    private static int blend(int c, int bg, int a) {
        return (c * a + bg * (255 - a) + 127) / 255;
    }
}
