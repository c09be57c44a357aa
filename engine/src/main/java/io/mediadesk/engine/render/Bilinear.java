package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Bilinear sampling at fractional pixel-index positions, on premultiplied values, with outside
 * the image counting as transparent: what a rotation or a distortion reads when it maps an output
 * pixel back into its source. Thread-safe: it only reads the source.
 */
final class Bilinear {
    private final int[] src;
    private final int w;
    private final int h;
    private final boolean alpha;

    Bilinear(BufferedImage in) {
        this.src = Pixels.of(in);
        this.w = in.getWidth();
        this.h = in.getHeight();
        this.alpha = Pixels.hasAlpha(in);
    }

    /** Fills {@code px} with premultiplied R, G, B (0-255 times coverage) and alpha (0-1) at {@code (sx, sy)}. */
    void sample(double sx, double sy, float[] px) {
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        float fx = (float) (sx - x0);
        float fy = (float) (sy - y0);
        px[0] = px[1] = px[2] = px[3] = 0f;
        add(x0, y0, (1 - fx) * (1 - fy), px);
        add(x0 + 1, y0, fx * (1 - fy), px);
        add(x0, y0 + 1, (1 - fx) * fy, px);
        add(x0 + 1, y0 + 1, fx * fy, px);
    }

    private void add(int x, int y, float weight, float[] px) {
        if (x < 0 || y < 0 || x >= w || y >= h || weight == 0f) {
            return;
        }
        int p = src[y * w + x];
        float a = alpha ? (p >>> 24) / 255f * weight : weight;
        px[0] += (p >> 16 & 0xFF) * a;
        px[1] += (p >> 8 & 0xFF) * a;
        px[2] += (p & 0xFF) * a;
        px[3] += a;
    }

    /** A sample as a straight-alpha ARGB pixel; nothing covered is {@code 0}. */
    static int straight(float[] px) {
        int a8 = Convolution.byteOf(px[3] * 255f);
        if (a8 == 0) {
            return 0;
        }
        return a8 << 24 | Convolution.byteOf(px[0] / px[3]) << 16 | Convolution.byteOf(px[1] / px[3]) << 8
                | Convolution.byteOf(px[2] / px[3]);
    }
}
