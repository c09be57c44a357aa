package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Where the interesting part of an image is, for {@code fo-auto}: the window of a given size whose
 * summed "interest" is largest. Interest per pixel is local luma contrast (|dx| + |dy|, the edge
 * term of smartcrop.js) plus colourfulness (max - min channel), weighted by alpha: flat sky,
 * blank walls and transparent margins score low, texture and saturated subjects score high.
 *
 * <p>Work is done on a copy reduced to at most {@value #ANALYSIS_SIDE} px on its long side with a
 * box average, and windows are compared through a summed-area table, so choosing a crop costs a
 * few milliseconds whatever the input size. Ties go to the window nearest the centre, which makes
 * a uniform image crop exactly like {@code fo-center}.
 */
public final class Saliency {
    static final int ANALYSIS_SIDE = 256;

    private Saliency() {
    }

    /** The top-left corner of the most interesting {@code width x height} window of {@code image}. */
    public static int[] bestWindow(BufferedImage image, int width, int height) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (width > w || height > h || width < 1 || height < 1) {
            throw new IllegalArgumentException("window " + width + "x" + height + " does not fit in " + w + "x" + h);
        }
        if (width == w && height == h) {
            return new int[] {0, 0};
        }
        int step = Math.max(1, (int) Math.ceil(Math.max(w, h) / (double) ANALYSIS_SIDE));
        int sw = Math.max(1, w / step);
        int sh = Math.max(1, h / step);
        long[] table = summedArea(interest(reduce(image, step, sw, sh), sw, sh), sw, sh);
        int ww = Math.max(1, Math.min(sw, Math.round(width / (float) step)));
        int wh = Math.max(1, Math.min(sh, Math.round(height / (float) step)));
        int[] best = search(table, sw, sh, ww, wh);
        int x = clamp((int) Math.round(best[0] * (double) step), w - width);
        int y = clamp((int) Math.round(best[1] * (double) step), h - height);
        return new int[] {x, y};
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    /**
     * Box-averaged ARGB pixels of the {@code step x step} cells of the image; cells cut by the
     * image's edge (a side shorter than {@code step}) average the pixels they have.
     */
    private static int[] reduce(BufferedImage image, int step, int sw, int sh) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] out = new int[sw * sh];
        int[] row = new int[w];
        long[][] acc = new long[5][sw];
        for (int sy = 0; sy < sh; sy++) {
            for (long[] a : acc) {
                java.util.Arrays.fill(a, 0);
            }
            for (int y = sy * step; y < Math.min(h, (sy + 1) * step); y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < Math.min(w, sw * step); x++) {
                    int p = row[x];
                    int sx = x / step;
                    acc[0][sx] += p >>> 24;
                    acc[1][sx] += (p >> 16) & 0xff;
                    acc[2][sx] += (p >> 8) & 0xff;
                    acc[3][sx] += p & 0xff;
                    acc[4][sx]++;
                }
            }
            for (int sx = 0; sx < sw; sx++) {
                long n = Math.max(1, acc[4][sx]);
                out[sy * sw + sx] = (int) (acc[0][sx] / n) << 24 | (int) (acc[1][sx] / n) << 16
                        | (int) (acc[2][sx] / n) << 8 | (int) (acc[3][sx] / n);
            }
        }
        return out;
    }

    private static int[] interest(int[] argb, int w, int h) {
        int[] luma = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            luma[i] = (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
        }
        int[] score = new int[argb.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int dx = x + 1 < w ? Math.abs(luma[i + 1] - luma[i]) : 0;
                int dy = y + 1 < h ? Math.abs(luma[i + w] - luma[i]) : 0;
                int p = argb[i];
                int r = (p >> 16) & 0xff;
                int g = (p >> 8) & 0xff;
                int b = p & 0xff;
                int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                score[i] = (2 * (dx + dy) + chroma / 2) * (p >>> 24) / 255;
            }
        }
        return score;
    }

    private static long[] summedArea(int[] score, int w, int h) {
        long[] t = new long[(w + 1) * (h + 1)];
        for (int y = 1; y <= h; y++) {
            long rowSum = 0;
            for (int x = 1; x <= w; x++) {
                rowSum += score[(y - 1) * w + (x - 1)];
                t[y * (w + 1) + x] = t[(y - 1) * (w + 1) + x] + rowSum;
            }
        }
        return t;
    }

    private static int[] search(long[] t, int w, int h, int ww, int wh) {
        int stride = w + 1;
        long bestSum = -1;
        long bestDistance = Long.MAX_VALUE;
        int[] best = {0, 0};
        // Twice the centre offset, so the distance stays an integer for odd spans.
        int cx2 = w - ww;
        int cy2 = h - wh;
        for (int y = 0; y + wh <= h; y++) {
            for (int x = 0; x + ww <= w; x++) {
                long sum = t[(y + wh) * stride + x + ww] - t[y * stride + x + ww] - t[(y + wh) * stride + x] + t[y * stride + x];
                long distance = (long) (2 * x - cx2) * (2 * x - cx2) + (long) (2 * y - cy2) * (2 * y - cy2);
                if (sum > bestSum || (sum == bestSum && distance < bestDistance)) {
                    bestSum = sum;
                    bestDistance = distance;
                    best = new int[] {x, y};
                }
            }
        }
        return best;
    }
}
