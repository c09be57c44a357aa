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
        int rowsH = (inH + ky - 1) / ky;
        WeightTable across = table((double) inW / kx, rows.width(), outW);
        WeightTable down = table((double) inH / ky, rowsH, outH);
        float[] mid = filterRows(rows, rowsH, across, outW);
        var out = Pixels.create(outW, outH, rows.channels == 4);
        filterColumns(mid, down, out);
        return out;
    }

    /**
     * The window {@code x,y w x h} of {@code in} (fractional edges allowed, in source pixels)
     * resampled to {@code outW x outH}: a crop whose edges need not fall on whole pixels, for a
     * preview cutting a box given at full size out of a smaller copy. No box pre-reduction.
     */
    BufferedImage resampleWindow(BufferedImage in, double x, double y, double w, double h, int outW, int outH) {
        SourceRows rows = new SourceRows(in);
        WeightTable across = WeightTable.of(kernel, x, w, in.getWidth(), outW);
        WeightTable down = WeightTable.of(kernel, y, h, in.getHeight(), outH);
        float[] mid = filterRows(rows, in.getHeight(), across, outW);
        var out = Pixels.create(outW, outH, rows.channels == 4);
        filterColumns(mid, down, out);
        return out;
    }

    /** Pass 1: every source row filtered to {@code outW} columns, stacked in one float buffer. */
    private float[] filterRows(SourceRows rows, int rowsH, WeightTable across, int outW) {
        int channels = rows.channels;
        int rowLength = Math.multiplyExact(outW, channels);
        float[] mid = new float[Math.multiplyExact(rowsH, rowLength)];
        Bands.run(rowsH, parallelism, (from, to) -> {
            float[] row = new float[rows.width() * channels];
            for (int y = from; y < to; y++) {
                rows.read(y, row);
                Convolution.across(row, across, mid, y * rowLength, outW, channels);
            }
        });
        return mid;
    }

    /** Pass 2: each output row a weighted sum of buffer rows, rounded into {@code out}. */
    private void filterColumns(float[] mid, WeightTable down, BufferedImage out) {
        int outW = out.getWidth();
        int channels = Pixels.hasAlpha(out) ? 4 : 3;
        int[] dst = Pixels.of(out);
        Bands.run(out.getHeight(), parallelism, (from, to) -> {
            float[] acc = new float[outW * channels];
            for (int y = from; y < to; y++) {
                Arrays.fill(acc, 0f);
                Convolution.down(mid, down, y, acc);
                Convolution.pack(acc, dst, y * outW, outW, channels);
            }
        });
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
