package io.mediadesk.engine.codec;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * One ImageIO reader on one seekable file, chosen by the sniffed format (never by ImageIO's own
 * guessing) and collecting the reader's warnings: the JPEG readers report truncation only as a
 * warning and grey-fill the rest, so strict mode needs to see them.
 */
final class RasterReader implements AutoCloseable {
    private final ImageReader reader;
    private final ImageInputStream input;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean abortRequested;

    private RasterReader(ImageReader reader, ImageInputStream input) {
        this.reader = reader;
        this.input = input;
    }

    /** @param metadata whether per-frame metadata is needed (GIF animation); PNG text is never inflated */
    static RasterReader open(Path file, ImageFormat format, boolean metadata) throws IOException {
        ImageReader reader = readerFor(format);
        // Through the SPI registry, TwelveMonkeys' buffered file stream replaces the JDK's unbuffered
        // FileImageInputStream (one RandomAccessFile call per byte): 2-5x faster for the WebP reader.
        ImageInputStream input = ImageIO.createImageInputStream(file.toFile());
        if (input == null) input = new FileImageInputStream(file.toFile());
        reader.setInput(input, false, !metadata);
        RasterReader result = new RasterReader(reader, input);
        reader.addIIOReadWarningListener((source, message) -> result.warnings.add(message));
        reader.addIIOReadProgressListener(new AbortOnProgress(result));
        return result;
    }

    /**
     * TwelveMonkeys for JPEG (CMYK/YCCK and ICC handling), TIFF and WebP (pure Java: a hostile
     * file can throw but not crash the JVM, unlike the native libwebp reader that ships with the
     * WebP writer); the JDK's own readers for PNG, GIF and BMP.
     */
    static ImageReader readerFor(ImageFormat format) {
        String prefix = switch (format) {
            case JPEG, TIFF, WEBP -> "com.twelvemonkeys.";
            default -> "com.sun.imageio.";
        };
        ImageReader fallback = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(java.util.Locale.ROOT));
                it.hasNext(); ) {
            ImageReader candidate = it.next();
            String name = candidate.getClass().getName();
            if (name.startsWith(prefix)) return candidate;
            if (fallback == null && !name.startsWith("com.luciad.")) fallback = candidate;
        }
        if (fallback == null) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, "No decoder for " + format + " is installed");
        }
        return fallback;
    }

    BufferedImage read(int index, int subsampling) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        if (subsampling > 1) param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        return reader.read(index, param);
    }

    IIOMetadata metadata(int index) throws IOException {
        return reader.getImageMetadata(index);
    }

    /**
     * Asks the read to stop. The JDK JPEG reader refuses {@code abort()} from any thread but the
     * one reading ("locked on thread"), so the request is a flag that a progress listener, which
     * runs on the reading thread, turns into {@code abort()} at the next progress callback.
     */
    void abort() {
        abortRequested = true;
    }

    boolean abortRequested() {
        return abortRequested;
    }

    private static final class AbortOnProgress implements javax.imageio.event.IIOReadProgressListener {
        private final RasterReader owner;

        AbortOnProgress(RasterReader owner) {
            this.owner = owner;
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
            if (owner.abortRequested) source.abort();
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (owner.abortRequested) source.abort();
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void readAborted(ImageReader source) {
        }
    }

    List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        input.close();
    }
}
