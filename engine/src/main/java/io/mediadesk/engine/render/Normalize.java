package io.mediadesk.engine.render;

import java.awt.AlphaComposite;
import java.awt.image.BufferedImage;

/**
 * Brings any decoded image into the form other stages take: {@code TYPE_INT_RGB} when it has no
 * alpha, else {@code TYPE_INT_ARGB}, in a buffer of its own. Decoders hand out byte, gray,
 * indexed, premultiplied or sub-image rasters; this is the one place that converts them. The
 * copy is drawn 1:1 (no scaling), where Java2D is exact.
 */
public final class Normalize implements Stage {

    public static final Normalize INSTANCE = new Normalize();

    private Normalize() {
    }

    @Override
    public BufferedImage apply(BufferedImage in) {
        boolean alpha = in.getColorModel().hasAlpha();
        var out = Pixels.create(in.getWidth(), in.getHeight(), alpha);
        if ((in.getType() == out.getType()) && Pixels.isCompact(in)) {
            System.arraycopy(Pixels.of(in), 0, Pixels.of(out), 0, in.getWidth() * in.getHeight());
            return out;
        }
        var g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(in, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
