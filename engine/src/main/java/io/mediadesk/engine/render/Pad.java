package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Place the image at {@code (x, y)} on a {@code width x height} canvas filled with
 * {@code background}. The image's own pixels are copied as they are, alpha included (compositing
 * is {@link Flatten}'s job). The output is opaque RGB only when both the image and the background
 * are opaque. The image must fit inside the canvas; cropping is a separate stage.
 */
public record Pad(int width, int height, int x, int y, Rgba background) implements Stage {

    public Pad {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("pad canvas " + width + "x" + height
                    + " must be at least 1x1");
        }
        if (background == null) {
            throw new IllegalArgumentException("pad needs a background colour");
        }
    }

    public static Pad of(int width, int height, int x, int y, Rgba background) {
        return new Pad(width, height, x, y, background);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        if (x < 0 || y < 0 || (long) x + w > width || (long) y + h > height) {
            throw new IllegalArgumentException("a " + w + "x" + h + " image at (" + x + "," + y
                    + ") does not fit on a " + width + "x" + height + " pad canvas");
        }
        boolean inAlpha = Pixels.hasAlpha(in);
        boolean alpha = inAlpha || !background.isOpaque();
        var out = Pixels.create(width, height, alpha);
        int[] dst = Pixels.of(out);
        Arrays.fill(dst, alpha ? background.argb() : background.argb() & 0xFFFFFF);
        int[] src = Pixels.of(in);
        for (int row = 0; row < h; row++) {
            int to = (y + row) * width + x;
            System.arraycopy(src, row * w, dst, to, w);
            if (alpha && !inAlpha) {
                for (int i = to; i < to + w; i++) {
                    dst[i] |= 0xFF000000;      // an RGB buffer's top byte is not alpha
                }
            }
        }
        return out;
    }
}
