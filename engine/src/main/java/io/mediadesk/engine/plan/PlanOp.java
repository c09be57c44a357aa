package io.mediadesk.engine.plan;

import io.mediadesk.engine.render.RotatedBounds;
import io.mediadesk.engine.transform.Color;
import io.mediadesk.engine.transform.Key;
import io.mediadesk.engine.transform.Value;
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

    /**
     * Puts the image on a {@code canvasWidth x canvasHeight} canvas of {@code background} at {@code x,y}:
     * a {@link Color}, or one of the {@code bg} words the renderer works out from the pixels
     * ({@code blurred[_N[_B]]}, {@code dominant}, {@code gradient_dominant[_N]}).
     */
    record Pad(int canvasWidth, int canvasHeight, int x, int y, Value background) implements PlanOp {
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

    /**
     * Cuts away uniform borders ({@code t}): pixels within {@code threshold} (0-255 per channel)
     * of the top-left pixel. The box depends on the pixels, so it is empty until the renderer has
     * found it and planned again ({@link Planner#plan(io.mediadesk.engine.transform.Transformation,
     * Source, java.util.List)}); until then the size is the size before, an upper bound.
     */
    record Trim(int threshold, Optional<Source.Box> box) implements PlanOp {
        public boolean resolved() {
            return box.isPresent();
        }

        @Override
        public Size after(Size before) {
            return box.map(b -> Size.of(b.width(), b.height())).orElse(before);
        }

        @Override
        public String toString() {
            return "trim " + threshold + box.map(b -> " " + b.x() + "," + b.y() + " " + b.width() + "x" + b.height())
                    .orElse("");
        }
    }

    /** Surrounds the image with {@code width} px of {@code color} on every side ({@code b}). */
    record Border(int width, Color color) implements PlanOp {
        @Override
        public Size after(Size before) {
            return Size.of(before.width() + 2 * width, before.height() + 2 * width);
        }

        @Override
        public String toString() {
            return "border " + width + " " + color;
        }
    }

    /**
     * A pixel effect that keeps the size, with its parameter as parsed: {@code bl}, {@code e-grayscale},
     * {@code e-sharpen}, {@code e-usm}, {@code e-contrast}, {@code e-colorize}, {@code cr}, {@code r},
     * {@code e-shadow}, {@code o}. Written as the parameter: {@code bl-10}.
     */
    record Effect(Key key, Value value) implements PlanOp {
        @Override
        public Size after(Size before) {
            return before;
        }

        @Override
        public String toString() {
            return Planner.text(key, value);
        }
    }

    /**
     * A linear gradient laid over the image ({@code e-gradient}), CSS-style: {@code degrees} 0 points
     * up, 90 right; {@code from} at the start of the gradient line, {@code to} from the stop on,
     * the stop being a fraction of the line or, when {@code stopInPixels}, a distance in pixels.
     */
    record Gradient(double degrees, Color from, Color to, double stop, boolean stopInPixels) implements PlanOp {
        @Override
        public Size after(Size before) {
            return before;
        }

        @Override
        public String toString() {
            String sp = BigDecimal.valueOf(stop).stripTrailingZeros().toPlainString() + (stopInPixels ? "px" : "");
            return "gradient " + BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString() + " " + from + " " + to
                    + " sp" + sp;
        }
    }

    /**
     * Composites a layer ({@code l-image}, {@code l-text} ... {@code l-end}) onto the image without
     * changing its size. The layer's own size and place depend on its source (a library file, a
     * block, a text), so the renderer plans the layer's steps when it gets there, with this image
     * as the base ({@code bw}, {@code bh}); docs/GEOMETRY.md rule 14 places it.
     */
    record Overlay(io.mediadesk.engine.transform.Operation.Layer layer) implements PlanOp {
        @Override
        public Size after(Size before) {
            return before;
        }

        @Override
        public String toString() {
            return "layer " + io.mediadesk.engine.transform.TransformationFormatter.layer(layer);
        }
    }

    /** Composites the image over {@code color}, filling what is transparent ({@code bg} with {@code r}, {@code o}...). */
    record Fill(Color color) implements PlanOp {
        @Override
        public Size after(Size before) {
            return before;
        }

        @Override
        public String toString() {
            return "fill " + color;
        }
    }
}
