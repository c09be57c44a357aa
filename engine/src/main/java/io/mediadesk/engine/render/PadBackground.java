package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.OptionalInt;

/**
 * The backgrounds of {@code cm-pad_resize} that come from the image itself. Each paints a
 * canvas of the asked size from the (already resized) image; {@link PadOn} then lays the image
 * on it.
 */
public sealed interface PadBackground {

    BufferedImage paint(BufferedImage image, int width, int height, int parallelism);

    /**
     * {@code bg-blurred[_amount|auto][_brightness]}: the image stretched to cover the canvas
     * (centred), blurred with sigma {@code 1 + amount / 2} like {@code bl}, or for {@code auto}
     * (the default) 4 % of the canvas's longer side; then {@code brightness} (-255..255) added to
     * every channel. Large blurs run on a reduced copy and are enlarged back: the result is
     * smooth anyway and a 2000 px background stays fast.
     */
    record Blurred(OptionalInt amount, int brightness) implements PadBackground {
        @Override
        public BufferedImage paint(BufferedImage image, int width, int height, int parallelism) {
            double sigma = amount.isPresent() ? (amount.getAsInt() == 0 ? 0 : 1 + amount.getAsInt() / 2.0)
                    : Math.max(1, Math.max(width, height) * 0.04);
            int reduce = Math.max(1, (int) (sigma / 4));
            int w = Math.max(1, (width + reduce - 1) / reduce);
            int h = Math.max(1, (height + reduce - 1) / reduce);
            BufferedImage canvas = cover(Flatten.onto(Rgba.BLACK).apply(image), w, h, parallelism);
            if (sigma > 0) {
                canvas = Blur.sigma(sigma / reduce).withParallelism(parallelism).apply(canvas);
            }
            if (reduce > 1) {
                canvas = Resize.to(width, height).withParallelism(parallelism).apply(canvas);
            }
            return brighten(canvas, brightness);
        }

        private static BufferedImage cover(BufferedImage image, int w, int h, int parallelism) {
            double scale = Math.max((double) w / image.getWidth(), (double) h / image.getHeight());
            int cw = Math.max(w, (int) Math.ceil(image.getWidth() * scale - 1e-9));
            int ch = Math.max(h, (int) Math.ceil(image.getHeight() * scale - 1e-9));
            BufferedImage covered = Resize.to(cw, ch).withParallelism(parallelism).apply(image);
            return Crop.of((cw - w) / 2, (ch - h) / 2, w, h).apply(covered);
        }

        private static BufferedImage brighten(BufferedImage image, int amount) {
            int[] px = Pixels.of(image);
            for (int i = 0; i < px.length; i++) {
                int p = px[i];
                px[i] = clamp((p >> 16 & 0xFF) + amount) << 16 | clamp((p >> 8 & 0xFF) + amount) << 8
                        | clamp((p & 0xFF) + amount);
            }
            return image;
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(255, v));
        }
    }

    /** {@code bg-dominant}: the image's most frequent colour ({@link Dominant}). */
    record DominantColor() implements PadBackground {
        @Override
        public BufferedImage paint(BufferedImage image, int width, int height, int parallelism) {
            var out = Pixels.create(width, height, false);
            java.util.Arrays.fill(Pixels.of(out), Dominant.colors(image, 1).get(0) & 0xFFFFFF);
            return out;
        }
    }

    /**
     * {@code bg-gradient_dominant[_2|_4]}: with 2, the two most frequent colours from top to
     * bottom; with 4, the four at the corners clockwise from the top-left, mixed bilinearly.
     * An image with fewer distinct colours repeats its last one.
     */
    record DominantGradient(int colors) implements PadBackground {
        @Override
        public BufferedImage paint(BufferedImage image, int width, int height, int parallelism) {
            List<Integer> found = Dominant.colors(image, colors);
            int[] c = new int[4];
            for (int i = 0; i < 4; i++) {
                c[i] = found.get(Math.min(i, found.size() - 1));
            }
            int[] corners = colors == 2 ? new int[] {c[0], c[0], c[1], c[1]} : c;
            var out = Pixels.create(width, height, false);
            int[] dst = Pixels.of(out);
            for (int y = 0; y < height; y++) {
                double v = height == 1 ? 0 : (double) y / (height - 1);
                for (int x = 0; x < width; x++) {
                    double u = width == 1 ? 0 : (double) x / (width - 1);
                    dst[y * width + x] = bilinear(corners, u, v);
                }
            }
            return out;
        }

        /** corners = top-left, top-right, bottom-right, bottom-left. */
        private static int bilinear(int[] corners, double u, double v) {
            int out = 0;
            for (int shift = 0; shift <= 16; shift += 8) {
                double tl = corners[0] >> shift & 0xFF;
                double tr = corners[1] >> shift & 0xFF;
                double br = corners[2] >> shift & 0xFF;
                double bl = corners[3] >> shift & 0xFF;
                double top = tl + (tr - tl) * u;
                double bottom = bl + (br - bl) * u;
                out |= (int) Math.floor(top + (bottom - top) * v + 0.5) << shift;
            }
            return out;
        }
    }
}
