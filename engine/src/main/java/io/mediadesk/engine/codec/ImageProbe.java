package io.mediadesk.engine.codec;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads what an image is from its header alone: format by magic bytes, then a small bounded parser
 * per format. No pixel buffer is allocated and no ImageIO reader is involved, so a decompression
 * bomb costs a few kilobytes and a few milliseconds to recognise. Thread-safe and stateless.
 */
public final class ImageProbe {
    /** Above this an embedded ICC profile is measured but not collected. */
    static final int MAX_COLLECTED_ICC = 4 * 1024 * 1024;

    public ImageInfo probe(Path file) {
        return probe(file, 1);
    }

    /**
     * The facts of page {@code page} (1-based) of a multi-page TIFF: its own size, samples and
     * orientation, with the file's page count; page 1 is what {@link #probe(Path)} reads.
     *
     * @throws PageOutOfRangeException when the file has fewer pages
     * @throws IllegalArgumentException for a page other than 1 of a format without pages
     */
    public ImageInfo probe(Path file, int page) {
        try (ByteReader in = ByteReader.of(file)) {
            return probe(in, page);
        } catch (NoSuchFileException e) {
            throw new ImageRejectedException(Reason.MISSING, "The file does not exist: " + file, e);
        } catch (AccessDeniedException e) {
            throw new ImageRejectedException(Reason.UNREADABLE, "The file cannot be read (permission denied): " + file, e);
        } catch (IOException | UncheckedIOException e) {
            if (Files.isDirectory(file)) {
                throw new ImageRejectedException(Reason.UNREADABLE, "This is a folder, not an image: " + file, e);
            }
            throw new ImageRejectedException(Reason.UNREADABLE, "The file cannot be read: " + file, e);
        }
    }

    public ImageInfo probe(byte[] bytes) {
        return probe(ByteReader.of(bytes), 1);
    }

    private static ImageInfo probe(ByteReader in, int page) {
        ImageFormat format = sniff(in);
        in.seek(0);
        if (page != 1 && format != ImageFormat.TIFF) {
            throw new IllegalArgumentException("page " + page + ": only TIFF files have pages; this is " + format);
        }
        return switch (format) {
            case JPEG -> JpegHeader.read(in);
            case PNG -> PngHeader.read(in);
            case GIF -> GifHeader.read(in);
            case WEBP -> WebpHeader.read(in);
            case BMP -> BmpHeader.read(in);
            case TIFF -> TiffHeader.read(in, page);
            case SVG -> SvgHeader.read(in);
            default -> throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT,
                    "This is " + format + ", which is not an accepted image format");
        };
    }

    /** The format by magic bytes; refuses empty files and text before any parser sees them. */
    static ImageFormat sniff(ByteReader in) {
        if (in.size() == 0) throw new ImageRejectedException(Reason.NOT_AN_IMAGE, "The file is empty");
        byte[] head = in.bytes((int) Math.min(in.size(), ImageFormat.SNIFF_BYTES));
        return ImageFormat.sniff(head, head.length).orElseThrow(() -> new ImageRejectedException(Reason.NOT_AN_IMAGE,
                "The file is not an image (no known image signature in its first bytes)"));
    }
}
