package io.mediadesk.engine.plan;

import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.render.Orientation;
import java.util.Optional;

/**
 * What the planner needs to know of the original: its stored size (as the header says, before
 * EXIF orientation), the EXIF orientation 1-8, and the asset's custom coordinates for
 * {@code fo-custom}, if it has any. Custom coordinates are in the upright (oriented) image, as a
 * person drew them on the image they saw.
 */
public record Source(int width, int height, int orientation, Optional<Box> custom) {

    /** A box in pixels: top-left corner and size. */
    public record Box(int x, int y, int width, int height) {
        public Box {
            if (x < 0 || y < 0 || width < 1 || height < 1) {
                throw new IllegalArgumentException("a box has x, y >= 0 and a size >= 1, got "
                        + x + "," + y + " " + width + "x" + height);
            }
        }
    }

    public Source {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a source is at least 1x1, got " + width + "x" + height);
        }
        Orientation.fromExif(orientation); // rejects anything outside 1-8
        custom = custom == null ? Optional.empty() : custom;
    }

    public static Source of(int width, int height) {
        return of(width, height, 1);
    }

    public static Source of(int width, int height, int orientation) {
        return new Source(width, height, orientation, Optional.empty());
    }

    /** The stored size and orientation from a header probe; no custom coordinates. */
    public static Source from(ImageInfo info) {
        return of(info.width(), info.height(), info.orientation());
    }

    public Source withCustom(int x, int y, int boxWidth, int boxHeight) {
        return new Source(width, height, orientation, Optional.of(new Box(x, y, boxWidth, boxHeight)));
    }

    /** The size once the EXIF orientation is applied: axes swap for 5-8. */
    public Size oriented() {
        return Orientation.fromExif(orientation).swapsAxes() ? Size.of(height, width) : Size.of(width, height);
    }
}
