package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Source rows shrunk by whole factors {@code kx, ky} with a plain block average, computed on
 * demand row by row. A large downscale first reduced this way and then filtered by the kernel
 * needs a fraction of the taps, for a loss of quality that is invisible when the remaining
 * factor is still two or three (Pillow's {@code reducing_gap}). The last block in a row or
 * column may be partial; it averages the pixels that exist. Sums are exact integers so a flat
 * image stays exactly flat.
 */
final class BoxReduction extends SourceRows {

    private final int kx;
    private final int ky;
    private final int srcHeight;
    private final int width;

    BoxReduction(BufferedImage image, int kx, int ky) {
        super(image);
        this.kx = kx;
        this.ky = ky;
        this.srcHeight = image.getHeight();
        this.width = (srcWidth + kx - 1) / kx;
    }

    @Override
    int width() {
        return width;
    }

    @Override
    void read(int y, float[] out) {
        long[] sums = new long[width * channels];
        int rowFrom = y * ky;
        int rowTo = Math.min(rowFrom + ky, srcHeight);
        for (int sy = rowFrom; sy < rowTo; sy++) {
            accumulate(sy * srcWidth, sums);
        }
        for (int bx = 0; bx < width; bx++) {
            int cols = Math.min(kx, srcWidth - bx * kx);
            float n = (float) cols * (rowTo - rowFrom);
            for (int c = 0, o = bx * channels; c < channels; c++) {
                out[o + c] = (float) (sums[o + c] / (double) n);
            }
        }
    }

    private void accumulate(int base, long[] sums) {
        for (int sx = 0; sx < srcWidth; sx++) {
            int p = src[base + sx];
            int o = sx / kx * channels;
            if (channels == 3) {
                sums[o] += p >> 16 & 0xFF;
                sums[o + 1] += p >> 8 & 0xFF;
                sums[o + 2] += p & 0xFF;
            } else {
                int a = p >>> 24;
                sums[o] += (p >> 16 & 0xFF) * a;
                sums[o + 1] += (p >> 8 & 0xFF) * a;
                sums[o + 2] += (p & 0xFF) * a;
                sums[o + 3] += a;
            }
        }
    }
}
