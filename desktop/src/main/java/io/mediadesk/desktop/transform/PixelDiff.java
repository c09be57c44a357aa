package io.mediadesk.desktop.transform;

import io.mediadesk.engine.render.RenderedPixels;

/**
 * How far two renders of one URL are apart, pixel by pixel, on plain ARGB arrays (no AWT here).
 * A pixel's difference is its largest channel difference (A, R, G or B, 0..255); the mean is over
 * all four channels of every pixel; a pixel "differs" when its difference exceeds the threshold
 * (small differences are what encoders legitimately disagree on). The heat map shows each pixel's
 * difference amplified {@value #AMPLIFY}× from black through red to yellow.
 *
 * <p>When the sizes differ the second image is scaled (nearest neighbour) to the first's size
 * for the comparison, and {@link #sizesDiffer()} says so: the figures then mix the size change
 * with the content change.
 *
 * @param meanAbsolute mean absolute channel difference, 0..255
 * @param shareOver    share of pixels (0..1) whose difference exceeds {@code threshold}
 * @param maxDifference the largest pixel difference, 0..255
 */
public record PixelDiff(int width, int height, int[] heat, double meanAbsolute, double shareOver, int threshold,
        int maxDifference, boolean sizesDiffer) {
    /** Levels a pixel may differ by and still count as the same. */
    public static final int DEFAULT_THRESHOLD = 8;
    static final int AMPLIFY = 4;

    public static PixelDiff between(RenderedPixels local, RenderedPixels cdn, int threshold) {
        int w = local.width();
        int h = local.height();
        boolean resized = cdn.width() != w || cdn.height() != h;
        int[] a = local.argb();
        int[] b = resized ? nearest(cdn, w, h) : cdn.argb();
        int[] heat = new int[w * h];
        long sum = 0;
        long over = 0;
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            int p = a[i];
            int q = b[i];
            int d = 0;
            for (int shift = 0; shift < 32; shift += 8) {
                int c = Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF));
                sum += c;
                d = Math.max(d, c);
            }
            if (d > threshold) over++;
            max = Math.max(max, d);
            heat[i] = heat(d);
        }
        double pixels = (double) w * h;
        return new PixelDiff(w, h, heat, sum / (pixels * 4), over / pixels, threshold, max, resized);
    }

    /** Black for none, then red, then yellow at 128 levels or more (amplified {@value #AMPLIFY}×). */
    static int heat(int difference) {
        int v = Math.min(255, difference * AMPLIFY);
        int red = Math.min(255, 2 * v);
        int green = Math.max(0, 2 * v - 255);
        return 0xFF000000 | red << 16 | green << 8;
    }

    private static int[] nearest(RenderedPixels src, int w, int h) {
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            int sy = (int) ((y + 0.5) * src.height() / h);
            for (int x = 0; x < w; x++) {
                int sx = (int) ((x + 0.5) * src.width() / w);
                out[y * w + x] = src.argb()[sy * src.width() + sx];
            }
        }
        return out;
    }

    /** Whether every pixel is within the threshold. */
    public boolean same() {
        return maxDifference <= threshold;
    }
}
