package io.mediadesk.engine.render;

/**
 * A Gaussian of large sigma as three successive box blurs (Kovesi, "Fast almost-Gaussian
 * filtering", 2010): by the central limit theorem three boxes are already within a few levels of
 * the true bell, and a running sum costs the same for any width, where the exact kernel of
 * {@code bl-100} (sigma 51) has 307 taps. Boxes are sized so their variances add up to sigma
 * squared; edges are clamped like {@link Blur}'s. Sums are doubles over whole values, so a flat
 * image stays exactly flat.
 */
final class BoxGauss {
    private static final int PASSES = 3;

    private BoxGauss() {
    }

    /** Half-widths of the three boxes for {@code sigma}. */
    static int[] radii(double sigma) {
        double ideal = Math.sqrt(12 * sigma * sigma / PASSES + 1);
        int lower = (int) Math.floor(ideal);
        if (lower % 2 == 0) {
            lower--;
        }
        int upper = lower + 2;
        long m = Math.round((12 * sigma * sigma - PASSES * lower * lower - 4.0 * PASSES * lower - 3 * PASSES)
                / (-4.0 * lower - 4));
        int[] radii = new int[PASSES];
        for (int i = 0; i < PASSES; i++) {
            radii[i] = ((i < m ? lower : upper) - 1) / 2;
        }
        return radii;
    }

    /** Blurs {@code data} ({@code w x h} pixels of {@code channels} floats) in place along rows, then columns. */
    static void blur(float[] data, int w, int h, int channels, double sigma, int parallelism) {
        int[] radii = radii(sigma);
        Bands.run(h, parallelism, (from, to) -> {
            double[] line = new double[w * channels];
            double[] out = new double[w * channels];
            for (int y = from; y < to; y++) {
                int base = y * w * channels;
                for (int i = 0; i < line.length; i++) {
                    line[i] = data[base + i];
                }
                for (int r : radii) {
                    box(line, out, w, channels, channels, r);
                    System.arraycopy(out, 0, line, 0, line.length);
                }
                for (int i = 0; i < line.length; i++) {
                    data[base + i] = (float) line[i];
                }
            }
        });
        int stride = w * channels;
        Bands.run(stride, parallelism, (from, to) -> {
            double[] line = new double[h];
            double[] out = new double[h];
            for (int column = from; column < to; column++) {
                for (int y = 0; y < h; y++) {
                    line[y] = data[y * stride + column];
                }
                for (int r : radii) {
                    box(line, out, h, 1, 1, r);
                    System.arraycopy(out, 0, line, 0, h);
                }
                for (int y = 0; y < h; y++) {
                    data[y * stride + column] = (float) line[y];
                }
            }
        });
    }

    /** One box of half-width {@code r} along {@code n} samples spaced {@code step}, for each of {@code channels}. */
    private static void box(double[] in, double[] out, int n, int channels, int step, int r) {
        double width = 2 * r + 1;
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            for (int k = -r; k <= r; k++) {
                sum += in[clamp(k, n) * step + c];
            }
            for (int i = 0; i < n; i++) {
                out[i * step + c] = sum / width;
                sum += in[clamp(i + r + 1, n) * step + c] - in[clamp(i - r, n) * step + c];
            }
        }
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
