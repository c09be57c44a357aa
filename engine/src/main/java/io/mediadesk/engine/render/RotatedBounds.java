package io.mediadesk.engine.render;

/**
 * The canvas size of an image rotated by any angle: the rule the planner and {@link Rotate} share.
 * Touches no pixels and no {@code java.awt}, so the planner may call it.
 *
 * <p>The rule, for a {@code w x h} image turned by {@code t} degrees (any sign, any size):
 * <ul>
 * <li>multiples of 90 are exact: {@code w x h} for 0 and 180, {@code h x w} for 90 and 270;
 * <li>otherwise {@code W = round(w |cos t| + h |sin t|)} and {@code H = round(w |sin t| + h |cos t|)},
 *     evaluated in doubles, first snapped to 6 decimals so that trigonometric noise cannot move a
 *     value across .5, then rounded half up, and at least 1.
 * </ul>
 * Rounding (not ceiling) keeps a turn of 0.001 degrees from growing the canvas by a pixel; the
 * sub-pixel slivers of the corners that fall outside are what antialiasing blends away anyway.
 */
public record RotatedBounds(int width, int height) {

    public static RotatedBounds of(int width, int height, double degreesClockwise) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("cannot rotate a " + width + "x" + height + " image");
        }
        if (!Double.isFinite(degreesClockwise)) {
            throw new IllegalArgumentException("rotation angle must be finite, got " + degreesClockwise);
        }
        int quarter = quarterTurns(degreesClockwise);
        if (quarter >= 0) {
            return quarter % 2 == 0 ? new RotatedBounds(width, height) : new RotatedBounds(height, width);
        }
        double radians = Math.toRadians(normalized(degreesClockwise));
        double cos = Math.abs(Math.cos(radians));
        double sin = Math.abs(Math.sin(radians));
        return new RotatedBounds(round(width * cos + height * sin), round(width * sin + height * cos));
    }

    /** The angle in {@code [0, 360)}. */
    static double normalized(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    /** 0-3 for an exact multiple of 90 degrees, else -1. */
    static int quarterTurns(double degrees) {
        double d = normalized(degrees);
        return d % 90.0 == 0.0 ? (int) (d / 90.0) : -1;
    }

    private static int round(double v) {
        double snapped = Math.rint(v * 1e6) / 1e6;
        return Math.max(1, (int) Math.floor(snapped + 0.5));
    }
}
