package io.mediadesk.engine.codec;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A decoded image: always 8-bit sRGB, {@code TYPE_INT_RGB} when opaque or {@code TYPE_INT_ARGB}
 * with alpha. The EXIF orientation is reported, not applied: the planner owns geometry.
 *
 * @param image frame 1 (or the only image), at {@code 1/subsampling} of the stored size
 * @param frames every composited frame with its delay when animation was decoded, else empty
 * @param subsampling the integer source subsampling used (1 = full size)
 * @param warnings reader warnings that did not make the image fail (for logs, not for users)
 * @param loops the animation's loop count as stored (GIF NETSCAPE2.0, WebP ANIM): 0 = forever,
 *     {@link #NO_LOOP} when a GIF has no loop extension (played once); 0 for a still
 */
public record DecodedImage(BufferedImage image, ImageInfo info, List<Frame> frames, int subsampling,
        List<String> warnings, int loops) {

    /** A GIF without a NETSCAPE2.0 extension: browsers play it once. */
    public static final int NO_LOOP = -1;

    /** One composited animation frame, canvas-sized, and how long it stays on screen. */
    public record Frame(BufferedImage image, Duration delay) {}

    public DecodedImage {
        frames = List.copyOf(frames);
        warnings = List.copyOf(warnings);
    }

    public DecodedImage(BufferedImage image, ImageInfo info, List<Frame> frames, int subsampling, List<String> warnings) {
        this(image, info, frames, subsampling, warnings, 0);
    }

    /** Whether every frame was decoded (more than one): the animation can be written out again. */
    public boolean animated() {
        return frames.size() > 1;
    }

    public ImageFormat format() {
        return info.format();
    }

    public int orientation() {
        return info.orientation();
    }

    public Optional<byte[]> iccProfile() {
        return info.metadata().iccProfile();
    }

    public MetadataSummary metadata() {
        return info.metadata();
    }
}
