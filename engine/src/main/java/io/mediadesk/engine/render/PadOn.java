package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Padding on a background painted from the image ({@link PadBackground}): the canvas is
 * painted at {@code width x height}, then the image is composited over it at {@code (x, y)}.
 * A plain colour is {@link Pad}'s job.
 */
public record PadOn(int width, int height, int x, int y, PadBackground background, int parallelism) implements Stage {

    @Override
    public BufferedImage apply(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        if (x < 0 || y < 0 || (long) x + w > width || (long) y + h > height) {
            throw new IllegalArgumentException("a " + w + "x" + h + " image at (" + x + "," + y
                    + ") does not fit on a " + width + "x" + height + " pad canvas");
        }
        BufferedImage canvas = background.paint(in, width, height, parallelism);
        boolean alpha = Pixels.hasAlpha(in);
        var out = Pixels.create(width, height, false);
        int[] dst = Pixels.of(out);
        System.arraycopy(Pixels.of(canvas), 0, dst, 0, dst.length);
        int[] src = Pixels.of(in);
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                int at = (y + row) * width + x + col;
                dst[at] = Composite.over(Composite.argb(src[row * w + col], alpha), 0xFF000000 | dst[at]) & 0xFFFFFF;
            }
        }
        return out;
    }
}
