package io.mediadesk.engine.render;

/**
 * Resampling filters, each a function of the distance in output-pixel units and its support
 * (the distance beyond which it is zero). When downscaling, {@link WeightTable} stretches the
 * support by the reduction factor so every source pixel contributes.
 */
public enum Kernel {
    /** Sinc windowed by sinc over three lobes: sharpest, slight ringing; the default. */
    LANCZOS3(3.0) {
        @Override
        double weight(double x) {
            x = Math.abs(x);
            return x < 3.0 ? sinc(x) * sinc(x / 3.0) : 0.0;
        }
    },
    /** Mitchell-Netravali cubic, B = C = 1/3: softer, almost no ringing. */
    MITCHELL(2.0) {
        @Override
        double weight(double x) {
            return cubic(x, 1.0 / 3.0, 1.0 / 3.0);
        }
    },
    /** Catmull-Rom cubic, B = 0, C = 1/2: interpolating and a little sharper than Mitchell. */
    CATMULL_ROM(2.0) {
        @Override
        double weight(double x) {
            return cubic(x, 0.0, 0.5);
        }
    },
    /** Box: nearest neighbour when enlarging, an area average when reducing. */
    BOX(0.5) {
        @Override
        double weight(double x) {
            return x > -0.5 && x <= 0.5 ? 1.0 : 0.0;
        }
    };

    private final double support;

    Kernel(double support) {
        this.support = support;
    }

    /** Half-width of the kernel at scale 1. */
    public double support() {
        return support;
    }

    abstract double weight(double x);

    private static double sinc(double x) {
        if (x == 0.0) {
            return 1.0;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    /** The Mitchell-Netravali family; see their 1988 paper "Reconstruction Filters in CG". */
    private static double cubic(double x, double b, double c) {
        x = Math.abs(x);
        if (x < 1.0) {
            return ((12 - 9 * b - 6 * c) * x * x * x + (-18 + 12 * b + 6 * c) * x * x + (6 - 2 * b)) / 6.0;
        }
        if (x < 2.0) {
            return ((-b - 6 * c) * x * x * x + (6 * b + 30 * c) * x * x + (-12 * b - 48 * c) * x
                    + (8 * b + 24 * c)) / 6.0;
        }
        return 0.0;
    }
}
