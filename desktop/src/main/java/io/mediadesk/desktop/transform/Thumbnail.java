package io.mediadesk.desktop.transform;

import io.mediadesk.engine.render.RenderedPixels;

/**
 * Shrinks rendered pixels by a whole factor (box average) so a grid of many outputs does not
 * hold many full-size buffers; the cell still reports the true output size and bytes from
 * {@link RenderedPixels#info()}. Averaging is done on non-premultiplied values weighted by alpha.
 */
final class Thumbnail {
    private Thumbnail() {
    }

    static RenderedPixels of(RenderedPixels pixels, int maxSide) {
        int factor = (int) Math.ceil(Math.max(pixels.width(), pixels.height()) / (double) maxSide);
        if (factor <= 1) {
            return pixels;
        }
        int w = Math.max(1, pixels.width() / factor);
        int h = Math.max(1, pixels.height() / factor);
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = average(pixels, x * factor, y * factor, factor);
            }
        }
        return new RenderedPixels(w, h, out, pixels.info());
    }

    private static int average(RenderedPixels pixels, int x0, int y0, int factor) {
        long a = 0, r = 0, g = 0, b = 0;
        int n = 0;
        for (int y = y0; y < y0 + factor; y++) {
            for (int x = x0; x < x0 + factor; x++) {
                int p = pixels.argb()[y * pixels.width() + x];
                int alpha = p >>> 24;
                a += alpha;
                r += (long) ((p >> 16) & 0xFF) * alpha;
                g += (long) ((p >> 8) & 0xFF) * alpha;
                b += (long) (p & 0xFF) * alpha;
                n++;
            }
        }
        if (a == 0) {
            return 0;
        }
        return (int) (a / n) << 24 | (int) (r / a) << 16 | (int) (g / a) << 8 | (int) (b / a);
    }
}
