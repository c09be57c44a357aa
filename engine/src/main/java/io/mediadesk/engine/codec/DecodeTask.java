package io.mediadesk.engine.codec;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One decode, run on a worker thread after the header passed the gate: reader, strict checks,
 * conversion to sRGB. {@link #abort()} may be called from the waiting thread when time runs out.
 */
final class DecodeTask {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeTask.class);

    private final Path file;
    private final ImageInfo info;
    private final DecodeOptions options;
    private final Limits limits;
    private final List<String> warnings = new ArrayList<>();
    private volatile RasterReader reader;
    private volatile boolean aborted;

    DecodeTask(Path file, ImageInfo info, DecodeOptions options, Limits limits) {
        this.file = file;
        this.info = info;
        this.options = options;
        this.limits = limits;
    }

    void abort() {
        aborted = true;
        RasterReader current = reader;
        if (current != null) current.abort();
    }

    DecodedImage run() {
        try {
            if (options.strict() && info.format() == ImageFormat.PNG) PngIntegrity.verify(file);
            return decode();
        } catch (OutOfMemoryError e) {
            throw new ImageRejectedException(Reason.OUT_OF_MEMORY, "The image needs more memory than is available to decode", e);
        } catch (EOFException e) {
            throw new ImageRejectedException(Reason.TRUNCATED, "The image is truncated: " + e.getMessage(), e);
        } catch (IOException e) {
            throw classify(e.getMessage(), e);
        } catch (ImageRejectedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImageRejectedException(Reason.CORRUPT, "The image is damaged; the decoder failed with " + e, e);
        }
    }

    private DecodedImage decode() throws IOException {
        if (info.format() == ImageFormat.SVG) {
            return new DecodedImage(SvgRaster.render(file, info, options, limits), info, List.of(), 1, warnings);
        }
        DecodedImage scaled = decodeScaledJpeg();
        if (scaled != null) return scaled;
        try (RasterReader opened = RasterReader.open(file, info.format(), info.format() == ImageFormat.GIF)) {
            reader = opened;
            if (aborted) opened.abort();
            int subsampling = Subsampling.factor(info, options);
            List<DecodedImage.Frame> frames = List.of();
            int loops = 0;
            BufferedImage image;
            boolean animate = options.animate() && info.animated();
            if (info.format() == ImageFormat.GIF) {
                frames = GifAnimator.composite(opened, info, animate ? info.frameCount() : 1);
                image = frames.get(0).image();
                if (animate) loops = GifAnimator.loops(opened);
                else frames = List.of();
            } else if (info.format() == ImageFormat.WEBP && info.animated()) {
                // Frame 1 of an animation may be a rectangle smaller than the canvas: composite it too.
                WebpAnimation animation = WebpAnimation.read(file);
                frames = animation.composite(opened, info, animate ? info.frameCount() : 1);
                image = frames.get(0).image();
                if (animate) loops = animation.loops();
                else frames = List.of();
            } else if (info.format() == ImageFormat.PNG && info.animated()) {
                // APNG: frame 1 of the animation, which is not the default image when that is hidden.
                ApngAnimation animation = ApngAnimation.read(file);
                frames = animation.composite(file, opened, info, animate ? info.frameCount() : 1).stream()
                        .map(f -> new DecodedImage.Frame(applyEmbeddedProfile(f.image()), f.delay())).toList();
                image = frames.get(0).image();
                if (animate) loops = animation.loops();
                else frames = List.of();
            } else {
                image = SrgbConverter.toSrgb(opened.read(options.page() - 1, subsampling));
                image = applyEmbeddedProfile(image);
                if (animate) warnings.add(info.format() + " animation is not decoded: frame 1 only");
            }
            if (aborted) throw new ImageRejectedException(Reason.DECODE_TIMEOUT, "The decode was aborted");
            checkWarnings(opened.warnings());
            return new DecodedImage(image, info, frames, subsampling, warnings, loops);
        }
    }

    /**
     * A JPEG shrunk at least 2x in the DCT ({@link ScaledJpeg}) when the caller will reduce it
     * enough; null when that does not apply or the file is outside what that decoder handles,
     * and then ImageIO decodes it as before (and reports any damage in its own words). Files
     * with an embedded ICC profile go to ImageIO, which applies the profile.
     */
    private DecodedImage decodeScaledJpeg() {
        if (info.format() != ImageFormat.JPEG || info.metadata().iccProfile().isPresent()) return null;
        int scale = Subsampling.dctScale(info, options);
        if (scale < 2) return null;
        try {
            BufferedImage image = ScaledJpeg.decode(Files.readAllBytes(file), scale, () -> aborted);
            return new DecodedImage(image, info, List.of(), scale, warnings);
        } catch (IOException | RuntimeException e) {
            if (aborted) throw new ImageRejectedException(Reason.DECODE_TIMEOUT, "The decode was aborted");
            LOG.debug("{}: no DCT-scaled decode ({}); decoding through ImageIO", file.getFileName(), e.toString());
            return null;
        }
    }

    private void checkWarnings(List<String> readerWarnings) {
        for (String warning : readerWarnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            boolean colourOnly = lower.contains("icc") || lower.contains("profile") || lower.contains("color");
            if (options.strict() && !colourOnly) {
                if (lower.contains("premature") || lower.contains("truncat") || lower.contains("eoi")) throw classify(warning, null);
                if (lower.contains("corrupt") || lower.contains("invalid") || lower.contains("bad ")) throw classify(warning, null);
            }
            warnings.add(warning);
            LOG.debug("{}: {}", file.getFileName(), warning);
        }
    }

    static ImageRejectedException classify(String message, Throwable cause) {
        String lower = String.valueOf(message).toLowerCase(Locale.ROOT);
        if (lower.contains("premature") || lower.contains("truncat") || lower.contains("eoi") || lower.contains("eof")
                || lower.contains("end of")) {
            return new ImageRejectedException(Reason.TRUNCATED, "The image is truncated: " + message, cause);
        }
        return new ImageRejectedException(Reason.CORRUPT, "The image is damaged: " + message, cause);
    }

    /**
     * The JDK PNG reader (and TwelveMonkeys' WebP reader) leave an embedded RGB profile unapplied,
     * tagging the pixels sRGB; JPEG and TIFF readers apply theirs. A profile Java cannot parse is
     * ignored with a warning and the pixels are taken as sRGB (reliability.md row 14).
     */
    private BufferedImage applyEmbeddedProfile(BufferedImage image) {
        Optional<byte[]> bytes = info.metadata().iccProfile();
        if (bytes.isEmpty() || info.format() == ImageFormat.JPEG || info.format() == ImageFormat.TIFF) return image;
        try {
            ICC_Profile profile = ICC_Profile.getInstance(bytes.get());
            if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB) return image;
            return SrgbConverter.applyProfile(image, profile);
        } catch (IllegalArgumentException | java.awt.color.CMMException e) {
            String warning = "Ignored a damaged embedded ICC profile; colours are taken as sRGB (" + e.getMessage() + ")";
            if (!warnings.contains(warning)) { // once, not once per APNG frame
                warnings.add(warning);
                LOG.warn("{}: ignored a damaged ICC profile: {}", file.getFileName(), e.toString());
            }
            return image;
        }
    }
}
