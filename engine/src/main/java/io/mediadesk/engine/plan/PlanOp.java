package io.mediadesk.engine.plan;

import io.mediadesk.engine.render.RotatedBounds;
import io.mediadesk.engine.transform.Color;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One geometric operation of a {@link Plan}, with every size and box already worked out in whole
 * pixels. {@link #toString()} is the compact text the golden tables are written in, e.g.
 * {@code resize 450x300}, {@code crop 25,0 400x300}.
 */
public sealed interface PlanOp {

    /** The size of the image after this operation, given the size before it. */
    Size after(Size before);

    /** Makes the stored pixels upright by EXIF orientation 2-8; 5-8 swap the axes. */
    record Orient(int exif) implements PlanOp {
        @Override
        public Size after(Size before) {
            return Source.of(before.width(), before.height(), exif).oriented();
        }

        @Override
        public String toString() {
            return "orient " + exif;
        }
    }

    /** Scales to exactly {@code width x height}. */
    record Resize(int width, int height) implements PlanOp {
        @Override
        public Size after(Size before) {
            return Size.of(width, height);
        }

        @Override
        public String toString() {
            return "resize " + width + "x" + height;
        }
    }

    /** Keeps the region at {@code x,y} of size {@code width x height}; always inside the image. */
    record Crop(int x, int y, int width, int height) implements PlanOp {
        @Override
        public Size after(Size before) {
            return Size.of(width, height);
        }

        @Override
        public String toString() {
            return "crop " + x + "," + y + " " + width + "x" + height;
        }
    }

    /** Keeps a {@code width x height} region the renderer places by looking at the pixels. */
    record SmartCrop(int width, int height, Focus focus) implements PlanOp {
        @Override
        public Size after(Size before) {
            return Size.of(width, height);
        }

        @Override
        public String toString() {
            return "smartcrop " + width + "x" + height + " " + focus;
        }
    }

    /** Puts the image on a {@code canvasWidth x canvasHeight} canvas of {@code background} at {@code x,y}. */
    record Pad(int canvasWidth, int canvasHeight, int x, int y, Color background) implements PlanOp {
        @Override
        public Size after(Size before) {
            return Size.of(canvasWidth, canvasHeight);
        }

        @Override
        public String toString() {
            return "pad " + canvasWidth + "x" + canvasHeight + " at " + x + "," + y + " bg " + background;
        }
    }

    /**
     * Turns clockwise by {@code degrees} (negative: counter-clockwise) onto a canvas of
     * {@link RotatedBounds}; corners are {@code background}, or transparent when empty.
     */
    record Rotate(double degrees, int width, int height, Optional<Color> background) implements PlanOp {
        @Override
        public Size after(Size before) {
            return Size.of(width, height);
        }

        @Override
        public String toString() {
            String angle = BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
            return "rotate " + angle + " " + width + "x" + height + background.map(c -> " bg " + c).orElse("");
        }
    }

    /** Mirrors left-right ({@code horizontal}) and/or top-bottom ({@code vertical}). */
    record Flip(boolean horizontal, boolean vertical) implements PlanOp {
        @Override
        public Size after(Size before) {
            return before;
        }

        @Override
        public String toString() {
            return "flip " + (horizontal && vertical ? "h_v" : horizontal ? "h" : "v");
        }
    }
}
