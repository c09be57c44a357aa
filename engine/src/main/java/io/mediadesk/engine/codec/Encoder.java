package io.mediadesk.engine.codec;

import io.mediadesk.engine.EngineException;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes sRGB images as JPEG (quality, baseline or progressive, the JDK writer's default 4:2:0
 * chroma), PNG (alpha kept; animated as APNG), WebP lossy or lossless (usefulness webp-imageio, single
 * or animated), GIF (single or animated), BMP and TIFF. Formats without alpha are flattened on the caller's background colour.
 * Only an ICC profile is carried over when asked (JPEG APP2, PNG iCCP); EXIF/XMP are dropped.
 *
 * <pre>{@code
 * new Encoder().write(Path.of("thumb.webp"), image, OutputFormat.WEBP, EncodeOptions.DEFAULT.withQuality(75));
 * }</pre>
 */
public final class Encoder {

    public void encode(BufferedImage image, OutputFormat format, EncodeOptions options, OutputStream out) {
        try {
            BufferedImage prepared = prepare(image, format, options);
            byte[] bytes = switch (format) {
                case JPEG -> write(prepared, "jpeg", "com.sun.imageio.", jpegParam(options));
                case WEBP -> write(prepared, "webp", "com.luciad.", webpParam(options));
                default -> write(prepared, format.name().toLowerCase(Locale.ROOT), null, null);
            };
            out.write(ProfileEmbedder.embed(bytes, format, options.iccBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + format, e);
        }
    }

    /** Writes an animated GIF looping forever; each frame's delay is rounded to centiseconds. */
    public void encodeAnimation(List<DecodedImage.Frame> frames, EncodeOptions options, OutputStream out) {
        encodeAnimation(frames, OutputFormat.GIF, options, 0, out);
    }

    /**
     * Writes an animation of full-canvas frames as GIF (delays rounded to centiseconds), WebP
     * (each frame encoded by the WebP writer at the options' quality or lossless, muxed by
     * {@link WebpSequence}) or PNG as APNG (each frame encoded by the JDK PNG writer, muxed by
     * {@link ApngSequence}). Other formats have no animation: refused.
     *
     * @param loops the loop count as decoded ({@link DecodedImage#loops()}): 0 = forever
     */
    public void encodeAnimation(List<DecodedImage.Frame> frames, OutputFormat format, EncodeOptions options, int loops,
            OutputStream out) {
        try {
            byte[] bytes = switch (format) {
                case GIF -> GifSequence.write(frames, loops);
                case WEBP -> WebpSequence.write(frames, loops, frame -> {
                    try {
                        return write(prepare(frame.image(), format, options), "webp", "com.luciad.", webpParam(options));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                case PNG -> ProfileEmbedder.embed(ApngSequence.write(frames, loops,
                        image -> write(prepare(image, format, options), "png", null, null)), format, options.iccBytes());
                default -> throw new IllegalArgumentException(format + " has no animation; write GIF, WebP or PNG (APNG)");
            };
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the animation", e);
        }
    }

    /** Encodes straight into {@code target} through {@link AtomicFiles}: all or nothing. */
    public void write(Path target, BufferedImage image, OutputFormat format, EncodeOptions options) throws IOException {
        AtomicFiles.write(target, out -> encode(image, format, options, out));
    }

    private static BufferedImage prepare(BufferedImage image, OutputFormat format, EncodeOptions options) {
        boolean alpha = image.getColorModel().hasAlpha();
        if (format == OutputFormat.BMP) return flatten(image, options, BufferedImage.TYPE_3BYTE_BGR);
        if (!format.keepsAlpha() && alpha) return flatten(image, options, BufferedImage.TYPE_INT_RGB);
        if (format == OutputFormat.JPEG && image.getType() != BufferedImage.TYPE_INT_RGB) {
            return flatten(image, options, BufferedImage.TYPE_INT_RGB);
        }
        return image;
    }

    private static BufferedImage flatten(BufferedImage image, EncodeOptions options, int type) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.setColor(options.background());
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static ImageWriteParam jpegParam(EncodeOptions options) {
        ImageWriteParam param = writer("jpeg", "com.sun.imageio.").getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(options.quality() / 100f);
        param.setProgressiveMode(options.progressive() ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        return param;
    }

    private static ImageWriteParam webpParam(EncodeOptions options) {
        ImageWriteParam param = writer("webp", "com.luciad.").getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(options.lossless() ? "Lossless" : "Lossy");
        if (!options.lossless()) param.setCompressionQuality(options.quality() / 100f);
        return param;
    }

    private static byte[] write(BufferedImage image, String formatName, String prefix, ImageWriteParam param)
            throws IOException {
        ImageWriter writer = writer(formatName, prefix);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A writer of a known implementation: the native WebP writer and the JDK JPEG writer, never a guess. */
    static ImageWriter writer(String formatName, String prefix) {
        ImageWriter fallback = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(formatName); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (prefix == null || candidate.getClass().getName().startsWith(prefix)) return candidate;
            if (fallback == null) fallback = candidate;
        }
        if (fallback == null) throw new EngineException("No " + formatName + " writer is installed");
        return fallback;
    }
}
