package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Structural similarity of two same-size images on their luma, as defined by Wang, Bovik,
 * Sheikh and Simoncelli (2004): an 11x11 Gaussian window with sigma 1.5, K1 = 0.01, K2 = 0.03,
 * L = 255, population (not sample) variances, averaged over every window that fits wholly inside
 * the image. That is what {@code skimage.metrics.structural_similarity(..., gaussian_weights=True,
 * sigma=1.5, use_sample_covariance=False, data_range=255)} computes, which the tests check
 * against. Luma is {@code 0.299 R + 0.587 G + 0.114 B}, unrounded; alpha is ignored, so flatten
 * alpha images first when their transparency matters.
 */
public final class Ssim {

    private static final int RADIUS = 5;
    private static final double C1 = Math.pow(0.01 * 255, 2);
    private static final double C2 = Math.pow(0.03 * 255, 2);
    private static final double[] WINDOW = gaussian(1.5);

    private Ssim() {
    }

    /** 1.0 for identical images, lower the more their local structure differs. */
    public static double of(BufferedImage a, BufferedImage b) {
        int w = a.getWidth();
        int h = a.getHeight();
        if (w != b.getWidth() || h != b.getHeight()) {
            throw new IllegalArgumentException("SSIM needs same-size images, got " + w + "x" + h
                    + " and " + b.getWidth() + "x" + b.getHeight());
        }
        if (w < 2 * RADIUS + 1 || h < 2 * RADIUS + 1) {
            throw new IllegalArgumentException("SSIM needs at least 11x11 pixels, got " + w + "x" + h);
        }
        double[] x = luma(a);
        double[] y = luma(b);
        double[] xx = new double[x.length];
        double[] yy = new double[x.length];
        double[] xy = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            xx[i] = x[i] * x[i];
            yy[i] = y[i] * y[i];
            xy[i] = x[i] * y[i];
        }
        return mean(blur(x, w, h), blur(y, w, h), blur(xx, w, h), blur(yy, w, h), blur(xy, w, h));
    }

    private static double mean(double[] mx, double[] my, double[] mxx, double[] myy, double[] mxy) {
        double sum = 0;
        for (int i = 0; i < mx.length; i++) {
            double vx = mxx[i] - mx[i] * mx[i];
            double vy = myy[i] - my[i] * my[i];
            double cov = mxy[i] - mx[i] * my[i];
            sum += (2 * mx[i] * my[i] + C1) * (2 * cov + C2)
                    / ((mx[i] * mx[i] + my[i] * my[i] + C1) * (vx + vy + C2));
        }
        return sum / mx.length;
    }

    /** Gaussian-weighted means of every fully inside window, (w-10) x (h-10) of them. */
    private static double[] blur(double[] v, int w, int h) {
        int vw = w - 2 * RADIUS;
        int vh = h - 2 * RADIUS;
        double[] across = new double[vw * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < vw; x++) {
                double s = 0;
                for (int k = 0; k < WINDOW.length; k++) {
                    s += v[y * w + x + k] * WINDOW[k];
                }
                across[y * vw + x] = s;
            }
        }
        double[] out = new double[vw * vh];
        for (int y = 0; y < vh; y++) {
            for (int k = 0; k < WINDOW.length; k++) {
                double weight = WINDOW[k];
                for (int x = 0, row = (y + k) * vw; x < vw; x++) {
                    out[y * vw + x] += across[row + x] * weight;
                }
            }
        }
        return out;
    }

    private static double[] luma(BufferedImage image) {
        int[] p = Pixels.of(image);
        double[] y = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            y[i] = 0.299 * (p[i] >> 16 & 0xFF) + 0.587 * (p[i] >> 8 & 0xFF) + 0.114 * (p[i] & 0xFF);
        }
        return y;
    }

    private static double[] gaussian(double sigma) {
        double[] g = new double[2 * RADIUS + 1];
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.exp(-(i - RADIUS) * (i - RADIUS) / (2 * sigma * sigma));
            sum += g[i];
        }
        for (int i = 0; i < g.length; i++) {
            g[i] /= sum;
        }
        return g;
    }
}
