package io.mediadesk.engine.render;

import io.mediadesk.engine.EngineException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Decodes bytes the encoder just wrote (or an original served as is) into {@link RenderedPixels}.
 * They are our own output, not a stranger's file, so the guarded {@code Decoder} (limits, time
 * budget, worker pool) is not needed; going through the encoded bytes is what makes a JPEG's
 * artefacts visible in the preview.
 */
final class ServedPixels {

    private ServedPixels() {
    }

    static RenderedPixels decode(byte[] bytes, Rendered info) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the rendered " + info.format(), e);
        }
        if (image == null) {
            throw new EngineException("no reader for the rendered " + info.format() + " output");
        }
        BufferedImage compact = Normalize.INSTANCE.apply(image);
        int[] argb = Pixels.of(compact);
        if (!Pixels.hasAlpha(compact)) {
            for (int i = 0; i < argb.length; i++) {
                argb[i] |= 0xFF000000;
            }
        }
        return new RenderedPixels(compact.getWidth(), compact.getHeight(), argb, info);
    }
}
