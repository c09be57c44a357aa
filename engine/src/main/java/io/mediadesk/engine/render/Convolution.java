package io.mediadesk.engine.render;

/**
 * The inner loops of {@link Resampler}, kept apart so each stays short and JIT-friendly. The
 * per-channel loops are written out for 3 and 4 channels because a generic channel loop inside
 * the tap loop costs about a third of the speed.
 */
final class Convolution {

    private Convolution() {
    }

    /** Filters one row of {@code channels}-float pixels into {@code mid} starting at {@code at}. */
    static void across(float[] row, WeightTable t, float[] mid, int at, int outW, int channels) {
        float[] wt = t.weights();
        if (channels == 3) {
            for (int x = 0, o = at; x < outW; x++, o += 3) {
                float r = 0;
                float g = 0;
                float b = 0;
                for (int j = 0, s = t.start(x) * 3, w = t.offset(x), n = t.count(x); j < n; j++, s += 3) {
                    float k = wt[w + j];
                    r += row[s] * k;
                    g += row[s + 1] * k;
                    b += row[s + 2] * k;
                }
                mid[o] = r;
                mid[o + 1] = g;
                mid[o + 2] = b;
            }
            return;
        }
        for (int x = 0, o = at; x < outW; x++, o += 4) {
            float r = 0;
            float g = 0;
            float b = 0;
            float a = 0;
            for (int j = 0, s = t.start(x) * 4, w = t.offset(x), n = t.count(x); j < n; j++, s += 4) {
                float k = wt[w + j];
                r += row[s] * k;
                g += row[s + 1] * k;
                b += row[s + 2] * k;
                a += row[s + 3] * k;
            }
            mid[o] = r;
            mid[o + 1] = g;
            mid[o + 2] = b;
            mid[o + 3] = a;
        }
    }

    /** Adds the weighted rows of {@code mid} that output row {@code y} needs into {@code acc}. */
    static void down(float[] mid, WeightTable t, int y, float[] acc) {
        float[] wt = t.weights();
        int len = acc.length;
        for (int j = 0, n = t.count(y), w = t.offset(y); j < n; j++) {
            float k = wt[w + j];
            int base = (t.start(y) + j) * len;
            for (int i = 0; i < len; i++) {
                acc[i] += mid[base + i] * k;
            }
        }
    }

    /** Rounds one row of filtered floats into packed pixels, un-premultiplying alpha rows. */
    static void pack(float[] acc, int[] dst, int at, int outW, int channels) {
        if (channels == 3) {
            for (int x = 0, i = 0; x < outW; x++, i += 3) {
                dst[at + x] = byteOf(acc[i]) << 16 | byteOf(acc[i + 1]) << 8 | byteOf(acc[i + 2]);
            }
            return;
        }
        for (int x = 0, i = 0; x < outW; x++, i += 4) {
            float alpha = acc[i + 3];
            int a = byteOf(alpha);
            if (a == 0) {
                dst[at + x] = 0;
                continue;
            }
            float unpremultiply = 1f / alpha;
            dst[at + x] = a << 24 | byteOf(acc[i] * unpremultiply) << 16
                    | byteOf(acc[i + 1] * unpremultiply) << 8 | byteOf(acc[i + 2] * unpremultiply);
        }
    }

    /** Round half up and clamp to 0-255; ringing overshoots both ends. */
    static int byteOf(float v) {
        if (v <= 0f) {
            return 0;
        }
        return v >= 254.5f ? 255 : (int) (v + 0.5f);
    }
}
