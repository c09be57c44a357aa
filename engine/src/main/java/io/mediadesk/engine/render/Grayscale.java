package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * {@code e-grayscale}: every pixel becomes its Rec. 601 luma, {@code 0.299 R + 0.587 G + 0.114 B}
 * on the stored sRGB values, rounded half up; alpha is kept. These are the weights of JPEG's Y
 * and of ImageMagick's {@code -grayscale Rec601Luma}, so pure red becomes 76 (0.299 x 255 = 76.2).
 */
public enum Grayscale implements Stage {
    INSTANCE;

    /** Luma of a packed pixel, 0-255, in exact integer arithmetic. */
    static int luma(int rgb) {
        return (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF) + 500) / 1000;
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        boolean alpha = Pixels.hasAlpha(in);
        var out = Pixels.create(in.getWidth(), in.getHeight(), alpha);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        for (int i = 0; i < src.length; i++) {
            int y = luma(src[i]);
            dst[i] = (alpha ? src[i] & 0xFF000000 : 0) | y << 16 | y << 8 | y;
        }
        return out;
    }
}
