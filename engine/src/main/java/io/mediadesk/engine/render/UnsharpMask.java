package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Unsharp mask, ImageMagick's {@code -unsharp radius x sigma + amount + threshold}: each channel
 * becomes {@code in + amount * (in - gaussian(in))}, except where {@code |2 (in - blur)|} is below
 * {@code threshold * 255} (ImageMagick's exact test), which keeps smooth areas free of grain.
 * Alpha is kept. {@code e-usm} takes these four numbers as written; {@code e-sharpen-N} is this
 * mask with sigma 1, amount {@code N / 10} and no threshold (docs/EFFECTS.md).
 */
public record UnsharpMask(Blur blur, double amount, double threshold) implements Stage {

    /** {@code e-sharpen} without a value means {@code e-sharpen-10}: amount 1. */
    public static final double DEFAULT_SHARPEN = 10;

    public UnsharpMask {
        if (amount < 0 || threshold < 0 || !Double.isFinite(amount) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("amount and threshold must be finite and not negative");
        }
    }

    /** {@code e-usm-radius-sigma-amount-threshold}; radius 0 means 3 sigma, as ImageMagick picks one. */
    public static UnsharpMask of(double radius, double sigma, double amount, double threshold) {
        double s = sigma > 0 ? sigma : Math.max(0.5, radius / 2);
        Blur blur = Blur.sigma(s);
        return new UnsharpMask(radius >= 1 ? blur.withRadius((int) Math.round(radius)) : blur, amount, threshold);
    }

    /** {@code e-sharpen-N}. */
    public static UnsharpMask sharpen(double n) {
        return new UnsharpMask(Blur.sigma(1), n / 10, 0);
    }

    public UnsharpMask withParallelism(int parallelism) {
        return new UnsharpMask(blur.withParallelism(parallelism), amount, threshold);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        int[] blurred = Pixels.of(blur.apply(in));
        boolean alpha = Pixels.hasAlpha(in);
        var out = Pixels.create(in.getWidth(), in.getHeight(), alpha);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        double limit = threshold * 255;
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            int b = blurred[i];
            dst[i] = (alpha ? p & 0xFF000000 : 0) | channel(p >> 16 & 0xFF, b >> 16 & 0xFF, limit) << 16
                    | channel(p >> 8 & 0xFF, b >> 8 & 0xFF, limit) << 8 | channel(p & 0xFF, b & 0xFF, limit);
        }
        return out;
    }

    private int channel(int in, int blurred, double limit) {
        int diff = in - blurred;
        if (Math.abs(2.0 * diff) < limit) {
            return in;
        }
        return Convolution.byteOf((float) (in + amount * diff));
    }
}
