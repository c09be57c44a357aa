package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * {@code e-distort-p-x1_y1_x2_y2_x3_y3_x4_y4}: the image's four corners (clockwise from the
 * top-left) are moved to the given points of a canvas of the same size, the inside mapped by the
 * projective transform (homography) this defines; outside the quadrilateral is transparent. Each
 * output pixel centre is mapped back through the inverse and sampled bilinearly on premultiplied
 * values, as {@link Rotate} does, so the edges are antialiased. The planner checks the corners
 * form a convex quadrilateral in clockwise order, so the inverse exists.
 */
public record Perspective(double[] corners, int parallelism) implements Stage {

    public Perspective {
        if (corners.length != 8) {
            throw new IllegalArgumentException("perspective takes four corners, x and y each");
        }
        corners = corners.clone();
    }

    public static Perspective of(double... corners) {
        return new Perspective(corners, 1);
    }

    public Perspective withParallelism(int value) {
        return new Perspective(corners, value);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        double[] inverse = invert(squareToQuad(corners));
        Bilinear sampler = new Bilinear(in);
        var out = Pixels.create(w, h, true);
        int[] dst = Pixels.of(out);
        Bands.run(h, parallelism, (from, to) -> {
            float[] px = new float[4];
            for (int y = from; y < to; y++) {
                for (int x = 0; x < w; x++) {
                    double[] uv = project(inverse, x + 0.5, y + 0.5);
                    sampler.sample(uv[0] * w - 0.5, uv[1] * h - 0.5, px);
                    dst[y * w + x] = Bilinear.straight(px);
                }
            }
        });
        return out;
    }

    /**
     * The 3x3 matrix (row-major, last entry 1) taking the unit square's corners (0,0) (1,0) (1,1)
     * (0,1) to the quadrilateral's, after Heckbert, "Fundamentals of Texture Mapping" (1989).
     */
    static double[] squareToQuad(double[] q) {
        double x0 = q[0], y0 = q[1], x1 = q[2], y1 = q[3], x2 = q[4], y2 = q[5], x3 = q[6], y3 = q[7];
        double sx = x0 - x1 + x2 - x3;
        double sy = y0 - y1 + y2 - y3;
        if (sx == 0 && sy == 0) {
            return new double[] {x1 - x0, x3 - x0, x0, y1 - y0, y3 - y0, y0, 0, 0, 1};
        }
        double dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
        double det = dx1 * dy2 - dx2 * dy1;
        double g = (sx * dy2 - dx2 * sy) / det;
        double hh = (dx1 * sy - sx * dy1) / det;
        return new double[] {x1 - x0 + g * x1, x3 - x0 + hh * x3, x0, y1 - y0 + g * y1, y3 - y0 + hh * y3, y0, g, hh, 1};
    }

    static double[] project(double[] m, double x, double y) {
        double w = m[6] * x + m[7] * y + m[8];
        return new double[] {(m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w};
    }

    /** The inverse of a 3x3 matrix through its adjugate (the scale does not matter to a projection). */
    static double[] invert(double[] m) {
        return new double[] {
            m[4] * m[8] - m[5] * m[7], m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
            m[5] * m[6] - m[3] * m[8], m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
            m[3] * m[7] - m[4] * m[6], m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3]};
    }
}
