package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Separable resampling in two passes: each source row is filtered horizontally into a float
 * buffer of {@code outWidth} columns, then each output row is a weighted sum of buffer rows.
 * Floats keep the intermediate exact enough that nothing is rounded until the final pack, where
 * premultiplied colour is divided by alpha, rounded to nearest and clamped to 0-255.
 */
final class Resampler {

    private final Kernel kernel;
    private final double reducingGap;
    private final int parallelism;

    Resampler(Kernel kernel, double reducingGap, int parallelism) {
        this.kernel = kernel;
        this.reducingGap = reducingGap;
        this.parallelism = parallelism;
    }

    BufferedImage resample(BufferedImage in, int outW, int outH) {
        int inW = in.getWidth();
        int inH = in.getHeight();
        int kx = reduction(inW, outW);
        int ky = reduction(inH, outH);
        SourceRows rows = kx > 1 || ky > 1 ? new BoxReduction(in, kx, ky) : new SourceRows(in);
        int rowsW = rows.width();
        int rowsH = (inH + ky - 1) / ky;
        WeightTable across = table((double) inW / kx, rowsW, outW);
        WeightTable down = table((double) inH / ky, rowsH, outH);
        int channels = rows.channels;
        float[] mid = new float[rowsH * outW * channels];
        Bands.run(rowsH, parallelism, (from, to) -> {
            float[] row = new float[rowsW * channels];
            for (int y = from; y < to; y++) {
                rows.read(y, row);
                Convolution.across(row, across, mid, y * outW * channels, outW, channels);
            }
        });
        var out = Pixels.create(outW, outH, channels == 4);
        int[] dst = Pixels.of(out);
        Bands.run(outH, parallelism, (from, to) -> {
            float[] acc = new float[outW * channels];
            for (int y = from; y < to; y++) {
                Arrays.fill(acc, 0f);
                Convolution.down(mid, down, y, acc);
                Convolution.pack(acc, dst, y * outW, outW, channels);
            }
        });
        return out;
    }

    /** The whole-number box pre-reduction factor, 1 when off or not worth it. */
    private int reduction(int in, int out) {
        if (reducingGap <= 0) {
            return 1;
        }
        return Math.max(1, (int) (in / (out * reducingGap)));
    }

    /** An axis whose size does not change is copied, not filtered (Mitchell would blur it). */
    private WeightTable table(double span, int pixels, int out) {
        return pixels == out && span == out ? WeightTable.identity(out)
                : WeightTable.of(kernel, span, pixels, out);
    }
}
