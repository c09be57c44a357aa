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
 */
public record DecodedImage(BufferedImage image, ImageInfo info, List<Frame> frames, int subsampling,
        List<String> warnings) {

    /** One composited animation frame, canvas-sized, and how long it stays on screen. */
    public record Frame(BufferedImage image, Duration delay) {}

    public DecodedImage {
        frames = List.copyOf(frames);
        warnings = List.copyOf(warnings);
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
