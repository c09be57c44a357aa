package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.OutputFormat;
import java.util.List;

/**
 * What a render produced: the true output size and format, the encoded bytes written, and the
 * notices (ignored parameters and why) a designer may want to see.
 */
public record Rendered(int width, int height, OutputFormat format, long bytes, List<String> notices) {
    public Rendered {
        notices = List.copyOf(notices);
    }
}
