package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * {@code e-shadow-bl-_st-_x-_y-}: a black drop shadow cast by the image's own alpha, offset by
 * {@code x} and {@code y} percent of the width and height, blurred with sigma {@code bl / 2},
 * at {@code st} percent strength, under the image on the same canvas. Defaults as the service:
 * bl 10, st 30, x 2, y 2. An opaque image covers its own shadow, which is why the service wants
 * a transparent input; its 2 MP limit is the planner's to enforce.
 */
public record Shadow(double blur, double strength, double xPercent, double yPercent, int parallelism) implements Stage {

    public static Shadow of(double blur, double strength, double xPercent, double yPercent) {
        return new Shadow(blur, strength, xPercent, yPercent, 1);
    }

    public Shadow withParallelism(int value) {
        return new Shadow(blur, strength, xPercent, yPercent, value);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        boolean alpha = Pixels.hasAlpha(in);
        int[] src = Pixels.of(in);
        BufferedImage mask = Pixels.create(w, h, true);
        int[] m = Pixels.of(mask);
        int dx = (int) Math.floor(xPercent / 100 * w + 0.5);
        int dy = (int) Math.floor(yPercent / 100 * h + 0.5);
        for (int y = Math.max(0, dy); y < Math.min(h, h + dy); y++) {
            for (int x = Math.max(0, dx); x < Math.min(w, w + dx); x++) {
                int a = alpha ? src[(y - dy) * w + x - dx] >>> 24 : 255;
                m[y * w + x] = (int) Math.floor(a * strength / 100 + 0.5) << 24;
            }
        }
        int[] shadow = blur > 0 ? Pixels.of(Blur.sigma(blur / 2).withParallelism(parallelism).apply(mask)) : m;
        var out = Pixels.create(w, h, true);
        int[] dst = Pixels.of(out);
        for (int i = 0; i < dst.length; i++) {
            dst[i] = Composite.over(Composite.argb(src[i], alpha), shadow[i] & 0xFF000000);
        }
        return out;
    }
}
