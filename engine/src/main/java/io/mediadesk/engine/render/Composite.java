package io.mediadesk.engine.render;

/**
 * Porter-Duff "source over" on straight-alpha {@code 0xAARRGGBB} pixels, the one compositing
 * rule of the effect stages: {@code a = as + ad (1 - as)}, each colour the alpha-weighted mean.
 * Rounded half up; a fully transparent result is {@code 0}.
 */
final class Composite {
    private Composite() {
    }

    static int over(int top, int bottom) {
        int at = top >>> 24;
        if (at == 255) {
            return top;
        }
        int ab = bottom >>> 24;
        if (at == 0) {
            return bottom;
        }
        double wt = at / 255.0;
        double wb = ab / 255.0 * (1 - wt);
        double a = wt + wb;
        if (a <= 0) {
            return 0;
        }
        return round(a * 255) << 24 | mix(top >> 16 & 0xFF, bottom >> 16 & 0xFF, wt, wb, a) << 16
                | mix(top >> 8 & 0xFF, bottom >> 8 & 0xFF, wt, wb, a) << 8 | mix(top & 0xFF, bottom & 0xFF, wt, wb, a);
    }

    private static int mix(int t, int b, double wt, double wb, double a) {
        return round((t * wt + b * wb) / a);
    }

    private static int round(double v) {
        return (int) Math.max(0, Math.min(255, Math.floor(v + 0.5)));
    }

    /** A pixel of an RGB or ARGB buffer as ARGB: an RGB buffer's top byte is not alpha. */
    static int argb(int pixel, boolean alpha) {
        return alpha ? pixel : 0xFF000000 | pixel;
    }
}
