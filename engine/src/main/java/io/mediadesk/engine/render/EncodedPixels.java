package io.mediadesk.engine.render;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.ImageFormat;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import io.mediadesk.engine.codec.OutputFormat;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Pixels of an image someone else encoded (the CDN's answer to a delivery URL), as plain data for
 * callers that must not touch {@code java.awt}, and the engine's {@link Ssim} over such pixels.
 * The desktop's CDN comparison decodes the served bytes here and compares them to its own
 * {@link Renderer#renderPixels} output.
 */
public final class EncodedPixels {
    private EncodedPixels() {
    }

    /**
     * Decodes {@code bytes}: a still JPEG, PNG, WebP, GIF (first frame), BMP or TIFF. The info holds
     * the decoded size, the format the bytes are in and their count, and no notices.
     *
     * @throws EngineException (an {@code ImageRejectedException} for an unknown format) when they cannot be read
     */
    public static RenderedPixels decode(byte[] bytes) {
        ImageInfo info = new ImageProbe().probe(bytes);
        OutputFormat format = outputFormat(info.format());
        return ServedPixels.decode(bytes, new Rendered(info.width(), info.height(), format, bytes.length, List.of()));
    }

    private static OutputFormat outputFormat(ImageFormat format) {
        return switch (format) {
            case JPEG -> OutputFormat.JPEG;
            case PNG -> OutputFormat.PNG;
            case WEBP -> OutputFormat.WEBP;
            case GIF -> OutputFormat.GIF;
            case BMP -> OutputFormat.BMP;
            case TIFF -> OutputFormat.TIFF;
            default -> throw new EngineException("cannot compare pixels of a " + format + " image");
        };
    }

    /**
     * {@link Ssim#of} over two same-size pixel arrays (luma only, alpha ignored).
     *
     * @throws IllegalArgumentException when the sizes differ or are under 11 × 11
     */
    public static double ssim(RenderedPixels a, RenderedPixels b) {
        return Ssim.of(image(a), image(b));
    }

    private static BufferedImage image(RenderedPixels pixels) {
        BufferedImage image = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        return image;
    }
}
