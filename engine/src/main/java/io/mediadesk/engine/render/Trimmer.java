package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Finds the box {@code t} keeps: the bounding box of the pixels that differ from the top-left
 * pixel by more than {@code threshold} in some channel (alpha included; two fully transparent
 * pixels are equal whatever their colour). A uniform image is kept whole rather than trimmed to
 * nothing. Like ImageMagick's {@code -trim} with a fuzz, but measured per channel, 0-255.
 */
public final class Trimmer {
    private Trimmer() {
    }

    /** {x, y, width, height} of the box to keep. */
    public static int[] find(BufferedImage image, int threshold) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = Pixels.of(image);
        boolean alpha = Pixels.hasAlpha(image);
        int background = Composite.argb(px[0], alpha);
        int left = w;
        int right = -1;
        int top = h;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (differs(Composite.argb(px[y * w + x], alpha), background, threshold)) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? new int[] {0, 0, w, h} : new int[] {left, top, right - left + 1, bottom - top + 1};
    }

    static boolean differs(int p, int q, int threshold) {
        if (p >>> 24 == 0 && q >>> 24 == 0) {
            return false;
        }
        for (int shift = 0; shift <= 24; shift += 8) {
            if (Math.abs((p >>> shift & 0xFF) - (q >>> shift & 0xFF)) > threshold) {
                return true;
            }
        }
        return false;
    }
}
