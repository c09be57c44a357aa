package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * {@code e-gradient}: a linear gradient composited over the image, laid out as CSS
 * {@code linear-gradient(<degrees>deg, from, to stop)}: 0 degrees points up, 90 right; the
 * gradient line passes through the centre and is {@code |w sin| + |h cos|} long, so its ends
 * touch the far corners. {@code from} sits at the start, {@code to} at the stop and beyond;
 * between them colours are mixed premultiplied, so fading to transparent does not go grey.
 */
public record GradientOverlay(double degrees, Rgba from, Rgba to, double stop, boolean stopInPixels) implements Stage {

    @Override
    public BufferedImage apply(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        double sin = Math.sin(Math.toRadians(degrees));
        double cos = -Math.cos(Math.toRadians(degrees)); // image y grows downwards
        double length = Math.abs(w * sin) + Math.abs(h * cos);
        double end = Math.max(1e-9, stopInPixels ? stop / length : stop);
        boolean alpha = Pixels.hasAlpha(in);
        var out = Pixels.create(w, h, true);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double along = ((x + 0.5 - w / 2.0) * sin + (y + 0.5 - h / 2.0) * cos) / length + 0.5;
                int colour = at(Math.max(0, Math.min(1, along / end)));
                dst[y * w + x] = Composite.over(colour, Composite.argb(src[y * w + x], alpha));
            }
        }
        return out;
    }

    /** The gradient's colour at {@code t} in [0, 1], interpolated premultiplied. */
    int at(double t) {
        double af = from.alpha() * (1 - t);
        double at = to.alpha() * t;
        double a = af + at;
        if (a <= 0) {
            return 0;
        }
        return byteOf(a) << 24 | byteOf((from.red() * af + to.red() * at) / a) << 16
                | byteOf((from.green() * af + to.green() * at) / a) << 8 | byteOf((from.blue() * af + to.blue() * at) / a);
    }

    private static int byteOf(double v) {
        return (int) Math.max(0, Math.min(255, Math.floor(v + 0.5)));
    }
}
