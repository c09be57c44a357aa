package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds frontal faces for {@code fo-face}: a pure-Java Viola-Jones evaluator of an OpenCV LBP
 * cascade ({@link FaceCascade}), doing what {@code CascadeClassifier.detectMultiScale(grey, 1.1,
 * 3)} does, so that its boxes can be checked against OpenCV's own on the same pixels:
 *
 * <ol>
 * <li>grey = OpenCV's {@code cvtColor} luma, {@code (4899 R + 9617 G + 1868 B + 8192) >> 14};</li>
 * <li>scales 1, 1.1, 1.1^2... (as floats) while the scaled window fits the image; for each, the
 *     grey image resampled bilinearly to {@code round(size / scale)} and its integral image;</li>
 * <li>the cascade's window slid over it every 2 px (every pixel from scale 2 up), skipping one
 *     more step after a window the first stage rejects; a window passes when each stage's summed
 *     leaves reach its threshold; a pass is the box {@code round(x * scale), round(y * scale)}
 *     of side {@code round(window * scale)};</li>
 * <li>passes grouped like {@code cv::groupRectangles(boxes, 3, 0.2)}: overlapping boxes
 *     (corners within 0.2 of the smaller sides' mean) form a class, classes of 3 or fewer are
 *     dropped, the rest averaged, and a box inside a better-supported one dropped.</li>
 * </ol>
 *
 * <p>{@link #find} runs this on a grey copy of at most {@value #ANALYSIS_SIDE} px on its long side
 * (box-averaged by a whole factor, then resampled bilinearly by less than 2), so a 12 MP photo
 * costs about as much as a 0.4 MP one; a face must then be at least the cascade's window (45 px)
 * in that copy, 45 / {@value #ANALYSIS_SIDE} of the image's long side. Nothing is cached between
 * calls.
 */
public final class FaceDetector {
    static final int ANALYSIS_SIDE = 800;
    static final double SCALE_FACTOR = 1.1;
    static final int MIN_NEIGHBOURS = 3;
    static final double GROUP_EPS = 0.2;

    /** A face's box in pixels of the image it was found in. */
    public record Box(int x, int y, int width, int height) {
        double centreX() {
            return x + width / 2.0;
        }

        double centreY() {
            return y + height / 2.0;
        }
    }

    private final FaceCascade cascade;

    FaceDetector(FaceCascade cascade) {
        this.cascade = cascade;
    }

    /** The detector of the bundled frontal face cascade. */
    public static FaceDetector frontal() {
        return new FaceDetector(FaceCascade.frontalFace());
    }

    /** The faces of {@code image} (a stage image), largest first, in its pixels; empty when none. */
    public List<Box> find(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int step = Math.max(1, Math.max(w, h) / ANALYSIS_SIDE);
        int sw = Math.max(1, w / step);
        int sh = Math.max(1, h / step);
        byte[] grey = reducedGrey(image, step, sw, sh);
        double shrink = Math.max(1, Math.max(sw, sh) / (double) ANALYSIS_SIDE);
        int aw = Math.max(1, (int) Math.round(sw / shrink));
        int ah = Math.max(1, (int) Math.round(sh / shrink));
        grey = resample(grey, sw, sh, aw, ah, shrink);
        double fx = w / (double) aw;
        double fy = h / (double) ah;
        List<Box> found = new ArrayList<>();
        for (Box b : detect(grey, aw, ah)) {
            int x = (int) Math.round(b.x() * fx);
            int y = (int) Math.round(b.y() * fy);
            found.add(new Box(x, y, Math.min(w - x, (int) Math.round(b.width() * fx)),
                    Math.min(h - y, (int) Math.round(b.height() * fy))));
        }
        found.sort(Comparator.comparingLong((Box b) -> (long) b.width() * b.height()).reversed()
                .thenComparingInt(Box::y).thenComparingInt(Box::x));
        return found;
    }

    /** OpenCV's {@code cvtColor(RGB2GRAY)} of each pixel; transparent pixels count as black. */
    static byte[] grey(BufferedImage image) {
        return reducedGrey(image, 1, image.getWidth(), image.getHeight());
    }

    /**
     * The grey of each {@code step x step} cell's average colour (alpha-weighted); cells cut by the
     * image's edge (a side shorter than {@code step}) average the pixels they have.
     */
    private static byte[] reducedGrey(BufferedImage image, int step, int sw, int sh) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = Pixels.of(image);
        boolean alpha = Pixels.hasAlpha(image);
        byte[] out = new byte[sw * sh];
        long[] r = new long[sw];
        long[] g = new long[sw];
        long[] b = new long[sw];
        long[] n = new long[sw];
        for (int sy = 0; sy < sh; sy++) {
            java.util.Arrays.fill(r, 0);
            java.util.Arrays.fill(g, 0);
            java.util.Arrays.fill(b, 0);
            java.util.Arrays.fill(n, 0);
            for (int y = sy * step; y < Math.min(h, (sy + 1) * step); y++) {
                int row = y * w;
                for (int x = 0; x < Math.min(w, sw * step); x++) {
                    int p = px[row + x];
                    int a = alpha ? p >>> 24 : 255;
                    int sx = x / step;
                    r[sx] += ((p >> 16) & 0xff) * a;
                    g[sx] += ((p >> 8) & 0xff) * a;
                    b[sx] += (p & 0xff) * a;
                    n[sx]++;
                }
            }
            for (int sx = 0; sx < sw; sx++) {
                long d = Math.max(1, n[sx]) * 255;
                int red = (int) ((r[sx] + d / 2) / d);
                int green = (int) ((g[sx] + d / 2) / d);
                int blue = (int) ((b[sx] + d / 2) / d);
                out[sy * sw + sx] = (byte) ((red * 4899 + green * 9617 + blue * 1868 + 8192) >> 14);
            }
        }
        return out;
    }

    /** {@code detectMultiScale(grey, 1.1, 3, 0, window, none)} on a {@code w x h} grey image. */
    List<Box> detect(byte[] grey, int w, int h) {
        int ww = cascade.windowWidth;
        int wh = cascade.windowHeight;
        List<Box> hits = new ArrayList<>();
        if (w < ww || h < wh) {
            return hits;
        }
        for (double factor = 1; ; factor *= SCALE_FACTOR) {
            float scale = (float) factor;
            int winW = (int) Math.rint(ww * factor);
            int winH = (int) Math.rint(wh * factor);
            if (winW > w || winH > h) {
                break;
            }
            int sw = (int) Math.rint(w / (double) scale);
            int sh = (int) Math.rint(h / (double) scale);
            int[] integral = integral(resample(grey, w, h, sw, sh, scale), sw, sh);
            scan(integral, sw, sh, scale, winW, winH, hits);
        }
        return group(hits, MIN_NEIGHBOURS, GROUP_EPS);
    }

    private void scan(int[] integral, int sw, int sh, float scale, int winW, int winH, List<Box> hits) {
        Flat flat = new Flat(cascade, sw + 1);
        int stride = sw + 1;
        int step = scale >= 2 ? 1 : 2;
        int xEnd = Math.max(sw - cascade.windowWidth, 0);
        int yEnd = Math.max(sh - cascade.windowHeight, 0);
        for (int y = 0; y < yEnd; y += step) {
            for (int x = 0; x < xEnd; x += step) {
                int result = flat.run(integral, y * stride + x);
                if (result > 0) {
                    hits.add(new Box((int) Math.rint(x * (double) scale), (int) Math.rint(y * (double) scale), winW, winH));
                } else if (result == 0) {
                    x += step; // rejected by the first stage: OpenCV skips the next position too
                }
            }
        }
    }

    /**
     * The cascade laid out in flat arrays for one integral-image stride: per stump, the offsets of
     * its feature's 4x4 block corners, its 8 subset ints and 2 leaves; per stage, its last stump.
     */
    private static final class Flat {
        final int[] points;
        final int[] subsets;
        final float[] leaves;
        final int[] stageEnd;
        final float[] thresholds;

        Flat(FaceCascade cascade, int stride) {
            int stumps = 0;
            for (FaceCascade.StageData stage : cascade.stages) {
                stumps += stage.stumps().length;
            }
            points = new int[stumps * 16];
            subsets = new int[stumps * 8];
            leaves = new float[stumps * 2];
            stageEnd = new int[cascade.stages.length];
            thresholds = new float[cascade.stages.length];
            int i = 0;
            for (int s = 0; s < cascade.stages.length; s++) {
                for (FaceCascade.Stump stump : cascade.stages[s].stumps()) {
                    FaceCascade.Block b = cascade.features[stump.feature()];
                    for (int row = 0; row < 4; row++) {
                        for (int col = 0; col < 4; col++) {
                            points[i * 16 + row * 4 + col] = (b.y() + row * b.height()) * stride + b.x() + col * b.width();
                        }
                    }
                    System.arraycopy(stump.subset(), 0, subsets, i * 8, 8);
                    leaves[i * 2] = stump.in();
                    leaves[i * 2 + 1] = stump.out();
                    i++;
                }
                stageEnd[s] = i;
                thresholds[s] = cascade.stages[s].threshold();
            }
        }

        /** 1 when every stage passes, else minus the index of the stage that rejected the window. */
        int run(int[] t, int window) {
            int i = 0;
            for (int s = 0; s < stageEnd.length; s++) {
                double sum = 0;
                for (int end = stageEnd[s]; i < end; i++) {
                    int code = lbp(t, window, points, i * 16);
                    sum += (subsets[i * 8 + (code >> 5)] & (1 << (code & 31))) != 0 ? leaves[i * 2] : leaves[i * 2 + 1];
                }
                if (sum < thresholds[s]) {
                    return -s;
                }
            }
            return 1;
        }
    }

    /**
     * The LBP code of a feature whose 16 block corners are {@code p[o..o+15]}: bit 7..0 = whether
     * the block at top-left, top, top-right, right, bottom-right, bottom, bottom-left, left sums
     * at least as much as the centre block.
     */
    static int lbp(int[] t, int window, int[] p, int o) {
        int c = block(t, window, p, o + 5);
        return (block(t, window, p, o) >= c ? 128 : 0)
                | (block(t, window, p, o + 1) >= c ? 64 : 0)
                | (block(t, window, p, o + 2) >= c ? 32 : 0)
                | (block(t, window, p, o + 6) >= c ? 16 : 0)
                | (block(t, window, p, o + 10) >= c ? 8 : 0)
                | (block(t, window, p, o + 9) >= c ? 4 : 0)
                | (block(t, window, p, o + 8) >= c ? 2 : 0)
                | (block(t, window, p, o + 4) >= c ? 1 : 0);
    }

    /** The sum of the block whose top-left corner is grid point {@code k}. */
    private static int block(int[] t, int window, int[] p, int k) {
        return t[window + p[k]] - t[window + p[k + 1]] - t[window + p[k + 4]] + t[window + p[k + 5]];
    }

    /** Bilinear resampling as OpenCV's {@code INTER_LINEAR}: centres aligned, edges clamped. */
    static byte[] resample(byte[] grey, int w, int h, int sw, int sh, double scale) {
        if (sw == w && sh == h) {
            return grey;
        }
        int[] x0 = new int[sw];
        double[] fx = new double[sw];
        for (int x = 0; x < sw; x++) {
            double s = (x + 0.5) * scale - 0.5;
            int i = (int) Math.floor(s);
            double f = s - i;
            if (i < 0) {
                i = 0;
                f = 0;
            }
            if (i >= w - 1) {
                i = w - 1;
                f = 0;
            }
            x0[x] = i;
            fx[x] = f;
        }
        byte[] out = new byte[sw * sh];
        for (int y = 0; y < sh; y++) {
            double s = (y + 0.5) * scale - 0.5;
            int i = (int) Math.floor(s);
            double f = s - i;
            if (i < 0) {
                i = 0;
                f = 0;
            }
            if (i >= h - 1) {
                i = h - 1;
                f = 0;
            }
            int r0 = i * w;
            int r1 = Math.min(i + 1, h - 1) * w;
            for (int x = 0; x < sw; x++) {
                int a = x0[x];
                int b = Math.min(a + 1, w - 1);
                double top = (grey[r0 + a] & 0xff) * (1 - fx[x]) + (grey[r0 + b] & 0xff) * fx[x];
                double bottom = (grey[r1 + a] & 0xff) * (1 - fx[x]) + (grey[r1 + b] & 0xff) * fx[x];
                out[y * sw + x] = (byte) (int) Math.round(top * (1 - f) + bottom * f);
            }
        }
        return out;
    }

    /** The summed-area table, {@code (w + 1) x (h + 1)} with a zero first row and column. */
    static int[] integral(byte[] grey, int w, int h) {
        int stride = w + 1;
        int[] t = new int[stride * (h + 1)];
        for (int y = 0; y < h; y++) {
            int rowSum = 0;
            for (int x = 0; x < w; x++) {
                rowSum += grey[y * w + x] & 0xff;
                t[(y + 1) * stride + x + 1] = t[y * stride + x + 1] + rowSum;
            }
        }
        return t;
    }

    /** {@code cv::groupRectangles(boxes, threshold, eps)}. */
    static List<Box> group(List<Box> boxes, int threshold, double eps) {
        int n = boxes.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (similar(boxes.get(i), boxes.get(j), eps)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        int[] label = new int[n];
        int[] classOf = new int[n];
        java.util.Arrays.fill(classOf, -1);
        int classes = 0;
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (classOf[r] < 0) {
                classOf[r] = classes++;
            }
            label[i] = classOf[r];
        }
        long[][] sums = new long[classes][4];
        int[] weights = new int[classes];
        for (int i = 0; i < n; i++) {
            Box b = boxes.get(i);
            long[] s = sums[label[i]];
            s[0] += b.x();
            s[1] += b.y();
            s[2] += b.width();
            s[3] += b.height();
            weights[label[i]]++;
        }
        Box[] averaged = new Box[classes];
        for (int c = 0; c < classes; c++) {
            float inv = 1f / weights[c];
            long[] s = sums[c];
            averaged[c] = new Box((int) Math.rint(s[0] * inv), (int) Math.rint(s[1] * inv),
                    (int) Math.rint(s[2] * inv), (int) Math.rint(s[3] * inv));
        }
        List<Box> out = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            if (weights[i] <= threshold) {
                continue;
            }
            Box r1 = averaged[i];
            boolean inside = false;
            for (int j = 0; j < classes && !inside; j++) {
                int n2 = weights[j];
                if (j == i || n2 <= threshold) {
                    continue;
                }
                Box r2 = averaged[j];
                int dx = (int) Math.rint(r2.width() * eps);
                int dy = (int) Math.rint(r2.height() * eps);
                inside = r1.x() >= r2.x() - dx && r1.y() >= r2.y() - dy
                        && r1.x() + r1.width() <= r2.x() + r2.width() + dx
                        && r1.y() + r1.height() <= r2.y() + r2.height() + dy
                        && (n2 > Math.max(3, weights[i]) || weights[i] < 3);
            }
            if (!inside) {
                out.add(r1);
            }
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** OpenCV's {@code SimilarRects}: every edge within eps of the mean of the smaller sides. */
    private static boolean similar(Box a, Box b, double eps) {
        double delta = eps * (Math.min(a.width(), b.width()) + Math.min(a.height(), b.height())) * 0.5;
        return Math.abs(a.x() - b.x()) <= delta && Math.abs(a.y() - b.y()) <= delta
                && Math.abs(a.x() + a.width() - b.x() - b.width()) <= delta
                && Math.abs(a.y() + a.height() - b.y() - b.height()) <= delta;
    }
}
