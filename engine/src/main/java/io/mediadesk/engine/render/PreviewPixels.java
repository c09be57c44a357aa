package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.OutputFormat;
import java.util.List;

/**
 * A preview of a render ({@link Renderer#renderPreview}): the output made to fit a box, as plain
 * ARGB data like {@link RenderedPixels} ({@code argb[y * width + x]}, non-premultiplied; opaque
 * formats flattened as the encoder would), with the facts of the real output beside it. The
 * facts come from the planner, not from the small pixels: {@code outputWidth x outputHeight} is
 * the size the real render has, to the pixel. What the preview cannot know without encoding (the
 * byte count, a lossy format's artefacts) is not here: {@link Renderer#renderPixels} has it.
 *
 * @param notices the same notices the real render gives
 */
public record PreviewPixels(int width, int height, int[] argb, int outputWidth, int outputHeight, OutputFormat format,
        List<String> notices) {
    public PreviewPixels {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + "x" + height + ": " + argb.length);
        }
        notices = List.copyOf(notices);
    }

    /** Whether these are the output's own pixels at full size (it fitted in the box), not a smaller copy. */
    public boolean fullSize() {
        return width == outputWidth && height == outputHeight;
    }
}
