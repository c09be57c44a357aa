package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * ImageKit {@code o}: scale every pixel's alpha by {@code percent} (0-100). The result always has
 * alpha; an opaque input counts as alpha 255. Colours are untouched (alpha is straight).
 */
public record Opacity(int percent) implements Stage {

    public Opacity {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("opacity must be 0-100, got " + percent);
        }
    }

    public static Opacity of(int percent) {
        return new Opacity(percent);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        var out = Pixels.create(in.getWidth(), in.getHeight(), true);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        boolean alpha = Pixels.hasAlpha(in);
        for (int i = 0; i < src.length; i++) {
            int a = alpha ? src[i] >>> 24 : 255;
            dst[i] = (a * percent + 50) / 100 << 24 | src[i] & 0xFFFFFF;
        }
        return out;
    }
}
