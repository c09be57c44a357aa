package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * Puts a layer onto its parent at {@code x,y} (the layer's top-left, may be negative), cut where it
 * leaves the parent, in one of the layer modes ({@code lm}). The parent keeps its size. Straight
 * alpha, rounded half up once per channel; the parent stays RGB unless the mode cuts holes.
 *
 * <ul>
 *   <li>{@link Mode#NORMAL}: Porter-Duff source over ({@link Composite#over}).</li>
 *   <li>{@link Mode#MULTIPLY}: the W3C compositing "multiply" blend, {@code B(b, s) = b s / 255},
 *       then source over: {@code co = as (1 - ab) s + as ab B + (1 - as) ab b}.</li>
 *   <li>{@link Mode#CUTTER}: the parent is kept only where the layer is: {@code a = ab as}, and
 *       everywhere outside the layer's box the parent becomes transparent (Porter-Duff destination-in).</li>
 *   <li>{@link Mode#CUTOUT}: the layer's shape is cut out of the parent: {@code a = ab (1 - as)}
 *       (destination-out).</li>
 * </ul>
 */
public record LayerComposite(BufferedImage layer, int x, int y, Mode mode) implements Stage {

    /** The layer modes rendered here ({@code lm-displace} is refused by the planner). */
    public enum Mode {
        NORMAL, MULTIPLY, CUTTER, CUTOUT;

        /** The mode of an {@code lm} value; {@code displace} has none. */
        public static Mode of(String lm) {
            return switch (lm) {
                case "multiply" -> MULTIPLY;
                case "cutter" -> CUTTER;
                case "cutout" -> CUTOUT;
                default -> throw new IllegalArgumentException("no local layer mode " + lm);
            };
        }
    }

    public LayerComposite {
        Pixels.requireSupported(layer);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        boolean inAlpha = Pixels.hasAlpha(in);
        boolean alpha = inAlpha || mode == Mode.CUTTER || mode == Mode.CUTOUT;
        int w = in.getWidth();
        int h = in.getHeight();
        BufferedImage out = Pixels.create(w, h, alpha);
        int[] src = Pixels.of(in);
        int[] dst = Pixels.of(out);
        for (int i = 0; i < src.length; i++) {
            dst[i] = alpha ? Composite.argb(src[i], inAlpha) : src[i];
        }
        int lw = layer.getWidth();
        int lh = layer.getHeight();
        int[] top = Pixels.of(layer);
        boolean topAlpha = Pixels.hasAlpha(layer);
        if (mode == Mode.CUTTER) {
            for (int py = 0; py < h; py++) {
                for (int px = 0; px < w; px++) {
                    int lx = px - x;
                    int ly = py - y;
                    int as = lx >= 0 && ly >= 0 && lx < lw && ly < lh ? Composite.argb(top[ly * lw + lx], topAlpha) >>> 24 : 0;
                    int i = py * w + px;
                    dst[i] = scaleAlpha(dst[i], as);
                }
            }
            return out;
        }
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = (int) Math.min(w, (long) x + lw);
        int y1 = (int) Math.min(h, (long) y + lh);
        for (int py = y0; py < y1; py++) {
            for (int px = x0; px < x1; px++) {
                int s = Composite.argb(top[(py - y) * lw + (px - x)], topAlpha);
                int i = py * w + px;
                int b = alpha ? dst[i] : 0xFF000000 | dst[i];
                int r = switch (mode) {
                    case NORMAL -> Composite.over(s, b);
                    case MULTIPLY -> multiply(s, b);
                    case CUTOUT -> scaleAlpha(b, 255 - (s >>> 24));
                    case CUTTER -> throw new AssertionError();
                };
                dst[i] = alpha ? r : r & 0xFFFFFF;
            }
        }
        return out;
    }

    /** The pixel with its alpha times {@code a / 255}, rounded half up; fully transparent is 0. */
    private static int scaleAlpha(int pixel, int a) {
        int na = (int) Math.floor((pixel >>> 24) * a / 255.0 + 0.5);
        return na == 0 ? 0 : na << 24 | pixel & 0xFFFFFF;
    }

    private static int multiply(int s, int b) {
        double as = (s >>> 24) / 255.0;
        double ab = (b >>> 24) / 255.0;
        double ao = as + ab * (1 - as);
        if (ao <= 0) {
            return 0;
        }
        int out = round(ao * 255) << 24;
        for (int shift = 16; shift >= 0; shift -= 8) {
            double cs = s >> shift & 0xFF;
            double cb = b >> shift & 0xFF;
            double co = as * (1 - ab) * cs + as * ab * (cs * cb / 255.0) + (1 - as) * ab * cb;
            out |= round(co / ao) << shift;
        }
        return out;
    }

    private static int round(double v) {
        return (int) Math.max(0, Math.min(255, Math.floor(v + 0.5)));
    }
}
