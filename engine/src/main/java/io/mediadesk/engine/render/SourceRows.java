package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * The resampler's view of its input: rows of floats, 3 per pixel (R, G, B) for opaque images or
 * 4 (R*A, G*A, B*A, A) for alpha images. Premultiplying keeps the colour of transparent pixels,
 * which is arbitrary, from bleeding into visible neighbours. This base class reads the image
 * as it is; {@link BoxReduction} first averages blocks of it.
 */
class SourceRows {

    final int[] src;
    final int srcWidth;
    final int channels;

    SourceRows(BufferedImage image) {
        this.src = Pixels.of(image);
        this.srcWidth = image.getWidth();
        this.channels = Pixels.hasAlpha(image) ? 4 : 3;
    }

    /** Pixels per row as seen by the resampler. */
    int width() {
        return srcWidth;
    }

    /** Fills {@code out[0 .. width() * channels)} with row {@code y}. */
    void read(int y, float[] out) {
        int base = y * srcWidth;
        if (channels == 3) {
            for (int x = 0, o = 0; x < srcWidth; x++, o += 3) {
                int p = src[base + x];
                out[o] = p >> 16 & 0xFF;
                out[o + 1] = p >> 8 & 0xFF;
                out[o + 2] = p & 0xFF;
            }
            return;
        }
        for (int x = 0, o = 0; x < srcWidth; x++, o += 4) {
            int p = src[base + x];
            int a = p >>> 24;
            out[o] = (p >> 16 & 0xFF) * a;
            out[o + 1] = (p >> 8 & 0xFF) * a;
            out[o + 2] = (p & 0xFF) * a;
            out[o + 3] = a;
        }
    }
}
