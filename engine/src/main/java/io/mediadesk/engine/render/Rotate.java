package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * ImageKit {@code rt}: turn clockwise by any angle (negative turns counter-clockwise). Multiples
 * of 90 degrees are lossless index shuffles. Other angles grow the canvas to
 * {@link RotatedBounds}, keep the image centred, sample it bilinearly and fill the corners with
 * {@code background}. Pixels outside the source count as transparent while sampling, so the
 * image's edges come out antialiased (partly covered pixels are blended over the background).
 * The output is opaque RGB only when the image and the background are both opaque.
 */
public record Rotate(double degrees, Rgba background, int parallelism) implements Stage {

    public Rotate {
        if (!Double.isFinite(degrees)) {
            throw new IllegalArgumentException("rotation angle must be finite, got " + degrees);
        }
        if (background == null) {
            throw new IllegalArgumentException("rotation needs a background colour for the corners");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
    }

    /** Single-threaded; quarter turns never use more than one thread. */
    public static Rotate by(double degreesClockwise, Rgba background) {
        return new Rotate(degreesClockwise, background, 1);
    }

    public Rotate withParallelism(int parallelism) {
        return new Rotate(degrees, background, parallelism);
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        return switch (RotatedBounds.quarterTurns(degrees)) {
            case 0 -> Orientation.NORMAL.apply(in);
            case 1 -> Orientation.ROTATE_90.apply(in);
            case 2 -> Orientation.ROTATE_180.apply(in);
            case 3 -> Orientation.ROTATE_270.apply(in);
            default -> new Rotation(in, degrees, background).render(parallelism);
        };
    }
}
