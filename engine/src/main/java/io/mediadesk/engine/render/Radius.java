package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * {@code r}: rounded corners, transparent outside the curve. Each corner is a quarter ellipse
 * with radii {@code rx x ry}: {@code r-N} gives circles of N px (at most half the shorter side,
 * like CSS), {@code r-tl_tr_br_bl} one per corner, {@code r-max} the ellipse touching all four
 * sides (a circle on a square). Edges are antialiased by coverage: a pixel whose centre lies at
 * signed distance d outside the curve keeps {@code clamp(1/2 - d, 0, 1)} of its alpha, so the
 * curve's pixels are partly transparent and everything away from it is untouched. The output
 * always has alpha; formats without it are flattened later on {@code bg} or white.
 */
public record Radius(int topLeft, int topRight, int bottomRight, int bottomLeft, boolean oval) implements Stage {

    public Radius {
        if (topLeft < 0 || topRight < 0 || bottomRight < 0 || bottomLeft < 0) {
            throw new IllegalArgumentException("corner radii must not be negative");
        }
    }

    public static Radius of(int radius) {
        return new Radius(radius, radius, radius, radius, false);
    }

    public static Radius corners(int topLeft, int topRight, int bottomRight, int bottomLeft) {
        return new Radius(topLeft, topRight, bottomRight, bottomLeft, false);
    }

    /** {@code r-max}: a circle or an oval. */
    public static Radius max() {
        return new Radius(0, 0, 0, 0, true);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        boolean alpha = Pixels.hasAlpha(in);
        var out = Pixels.create(w, h, true);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        for (int y = 0; y < h; y++) {
            double cy = y + 0.5;
            boolean top = cy < h / 2.0;
            double uy = top ? cy : h - cy;
            for (int x = 0; x < w; x++) {
                double cx = x + 0.5;
                boolean left = cx < w / 2.0;
                double[] r = radii(top ? (left ? topLeft : topRight) : (left ? bottomLeft : bottomRight), w, h);
                int p = src[y * w + x];
                int a = alpha ? p >>> 24 : 255;
                double coverage = coverage(left ? cx : w - cx, uy, r[0], r[1]);
                dst[y * w + x] = (int) Math.floor(a * coverage + 0.5) << 24 | p & 0xFFFFFF;
            }
        }
        return out;
    }

    private double[] radii(int corner, int w, int h) {
        if (oval) {
            return new double[] {w / 2.0, h / 2.0};
        }
        double r = Math.min(corner, Math.min(w, h) / 2.0);
        return new double[] {r, r};
    }

    /**
     * Coverage of the pixel centred {@code ux, uy} from the corner's two edges. The distance to an
     * ellipse is approximated by its implicit function over its gradient, exact for circles.
     */
    static double coverage(double ux, double uy, double rx, double ry) {
        if (ux >= rx || uy >= ry || rx <= 0 || ry <= 0) {
            return 1;
        }
        double dx = (rx - ux) / rx;
        double dy = (ry - uy) / ry;
        double f = Math.sqrt(dx * dx + dy * dy);
        if (f == 0) {
            return 1;
        }
        double gradient = Math.sqrt(dx * dx / (rx * rx) + dy * dy / (ry * ry)) / f;
        double distance = (f - 1) / gradient;
        return Math.max(0, Math.min(1, 0.5 - distance));
    }
}
