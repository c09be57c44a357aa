package io.mediadesk.engine.render;

/**
 * Precomputed filter taps for one axis: output index {@code i} reads {@code count(i)} source
 * pixels from {@code start(i)} on, with weights summing to 1. Pixel {@code j} covers
 * {@code [j, j+1)}, so output {@code i} is centred at {@code (i + 0.5) * scale} in source units.
 * Taps falling off either edge are folded onto the edge pixel (clamp-to-edge, as libvips does)
 * instead of being dropped and renormalised, which keeps the kernel's shape at the borders.
 */
final class WeightTable {

    private final int[] start;
    private final int[] count;
    private final float[] weights;
    private final int stride;

    private WeightTable(int[] start, int[] count, float[] weights, int stride) {
        this.start = start;
        this.count = count;
        this.weights = weights;
        this.stride = stride;
    }

    /**
     * @param span   the source length in source-pixel units (fractional after a box pre-reduction)
     * @param pixels the number of source pixels that exist ({@code ceil(span)})
     * @param out    the output length
     */
    static WeightTable of(Kernel kernel, double span, int pixels, int out) {
        return of(kernel, 0, span, pixels, out);
    }

    /**
     * Taps for a window of the source: output {@code i} is centred at
     * {@code offset + (i + 0.5) * span / out}, so the window {@code [offset, offset + span)}
     * (fractional ends allowed) fills the output.
     */
    static WeightTable of(Kernel kernel, double offset, double span, int pixels, int out) {
        double scale = span / out;
        double filterScale = Math.max(scale, 1.0);
        double support = kernel.support() * filterScale;
        int stride = Math.min((int) Math.ceil(2 * support) + 2, pixels);
        var table = new WeightTable(new int[out], new int[out], new float[out * stride], stride);
        double[] raw = new double[pixels];
        for (int i = 0; i < out; i++) {
            table.fill(i, kernel, offset + (i + 0.5) * scale, support, filterScale, raw);
        }
        return table;
    }

    /** One tap of weight 1 per output: a plain copy, for an axis whose size does not change. */
    static WeightTable identity(int n) {
        var table = new WeightTable(new int[n], new int[n], new float[n], 1);
        for (int i = 0; i < n; i++) {
            table.start[i] = i;
            table.count[i] = 1;
            table.weights[i] = 1f;
        }
        return table;
    }

    private void fill(int i, Kernel kernel, double center, double support, double filterScale,
            double[] raw) {
        int lo = -1;
        int hi = -1;
        double sum = 0;
        // Clamped indices never decrease as j grows, so the window only ever widens to the right.
        for (int j = (int) Math.floor(center - support); j <= Math.ceil(center + support); j++) {
            double w = kernel.weight((j + 0.5 - center) / filterScale);
            if (w == 0.0) {
                continue;
            }
            int k = Math.min(Math.max(j, 0), raw.length - 1);
            if (lo < 0) {
                lo = k;
                hi = k - 1;
            }
            for (; hi < k; hi++) {
                raw[hi + 1] = 0;
            }
            raw[k] += w;
            sum += w;
        }
        if (lo < 0 || sum == 0.0) {
            throw new IllegalStateException(kernel + " gives no weight at " + center);
        }
        start[i] = lo;
        count[i] = hi - lo + 1;
        for (int k = lo; k <= hi; k++) {
            weights[i * stride + k - lo] = (float) (raw[k] / sum);
        }
    }

    int start(int i) {
        return start[i];
    }

    int count(int i) {
        return count[i];
    }

    /** Offset of output {@code i}'s first weight in {@link #weights()}. */
    int offset(int i) {
        return i * stride;
    }

    float[] weights() {
        return weights;
    }
}
