package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * {@code bg} filling what is transparent: the image composited over an opaque colour gives an
 * opaque image ({@link Flatten}), over a translucent one ({@code RRGGBB50}) an alpha image.
 * This is how {@code o} "combined with bg blends to opaque" and how {@code r} gets coloured
 * corners.
 */
public record Backdrop(Rgba color) implements Stage {

    @Override
    public BufferedImage apply(BufferedImage in) {
        if (color.isOpaque()) {
            return Flatten.onto(color).apply(in);
        }
        boolean alpha = Pixels.hasAlpha(in);
        var out = Pixels.create(in.getWidth(), in.getHeight(), true);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        int bg = color.argb();
        for (int i = 0; i < src.length; i++) {
            dst[i] = Composite.over(Composite.argb(src[i], alpha), bg);
        }
        return out;
    }
}
