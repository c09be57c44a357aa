package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * One arbitrary-angle rotation in progress. Each output pixel centre is mapped back into the
 * source by the inverse rotation about both images' centres, sampled bilinearly on premultiplied
 * values (outside the source = transparent), then composited over the background.
 */
final class Rotation {

    private final Bilinear sampler;
    private final int w;
    private final int h;
    private final boolean srcAlpha;
    private final double cos;
    private final double sin;
    private final float[] bg;     // premultiplied, 0-1
    private final BufferedImage out;

    Rotation(BufferedImage in, double degrees, Rgba background) {
        this.sampler = new Bilinear(in);
        this.w = in.getWidth();
        this.h = in.getHeight();
        this.srcAlpha = Pixels.hasAlpha(in);
        double radians = Math.toRadians(RotatedBounds.normalized(degrees));
        this.cos = Math.cos(radians);
        this.sin = Math.sin(radians);
        float a = background.alpha() / 255f;
        this.bg = new float[] {background.red() * a, background.green() * a, background.blue() * a, a};
        var size = RotatedBounds.of(w, h, degrees);
        this.out = Pixels.create(size.width(), size.height(), srcAlpha || !background.isOpaque());
    }

    BufferedImage render(int parallelism) {
        Bands.run(out.getHeight(), parallelism, this::renderRows);
        return out;
    }

    private void renderRows(int from, int to) {
        int outW = out.getWidth();
        int outH = out.getHeight();
        int[] dst = Pixels.of(out);
        boolean alpha = Pixels.hasAlpha(out);
        float[] px = new float[4];
        for (int y = from; y < to; y++) {
            double oy = y + 0.5 - outH / 2.0;
            for (int x = 0; x < outW; x++) {
                double ox = x + 0.5 - outW / 2.0;
                // Inverse of a clockwise turn (y points down), back to source pixel-index space.
                sampler.sample(ox * cos + oy * sin + w / 2.0 - 0.5, -ox * sin + oy * cos + h / 2.0 - 0.5, px);
                dst[y * outW + x] = over(px, alpha);
            }
        }
    }

    /** Source-over onto the background, then back to straight alpha. */
    private int over(float[] px, boolean alpha) {
        float rest = 1f - px[3];
        float a = px[3] + bg[3] * rest;
        float r = px[0] + bg[0] * rest;
        float g = px[1] + bg[1] * rest;
        float b = px[2] + bg[2] * rest;
        if (!alpha) {
            return Convolution.byteOf(r) << 16 | Convolution.byteOf(g) << 8 | Convolution.byteOf(b);
        }
        int a8 = Convolution.byteOf(a * 255f);
        if (a8 == 0) {
            return 0;
        }
        return a8 << 24 | Convolution.byteOf(r / a) << 16 | Convolution.byteOf(g / a) << 8
                | Convolution.byteOf(b / a);
    }
}
