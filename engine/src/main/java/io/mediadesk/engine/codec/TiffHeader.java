package io.mediadesk.engine.codec;

/**
 * Reads a TIFF page's IFD (IFD0 unless another page is asked for) for geometry, samples and
 * orientation, and counts the pages in the IFD chain.
 */
final class TiffHeader {
    private static final int WIDTH = 256;
    private static final int HEIGHT = 257;
    private static final int BITS_PER_SAMPLE = 258;
    private static final int PHOTOMETRIC = 262;
    private static final int ORIENTATION = 274;
    private static final int SAMPLES_PER_PIXEL = 277;
    private static final int EXTRA_SAMPLES = 338;
    private static final int XMP = 700;
    private static final int EXIF_IFD = 34665;
    private static final int ICC = 34675;

    private TiffHeader() {
    }

    static ImageInfo read(ByteReader in) {
        return read(in, 1);
    }

    /**
     * The facts of page {@code page} (1-based), found by following the next-IFD chain (cycle-checked,
     * capped like the page count); {@link ImageInfo#frameCount()} is the file's page count.
     *
     * @throws PageOutOfRangeException when the file has fewer pages
     */
    static ImageInfo read(ByteReader in, int page) {
        boolean little = TiffDirectory.byteOrder(in, 0);
        int magic = in.u16(little);
        if (magic == 43) {
            throw new ImageRejectedException(ImageRejectedException.Reason.UNSUPPORTED_FORMAT, "BigTIFF is not supported");
        }
        long ifd0 = in.u32(little);
        int pages = TiffDirectory.countChain(in, 0, little, ifd0);
        if (page > pages) throw new PageOutOfRangeException(page, pages);
        TiffDirectory dir = TiffDirectory.read(in, 0, little, ifd0);
        for (int p = 2; p <= page; p++) {
            // countChain walked this chain without a cycle, so the offsets lead to distinct IFDs.
            dir = TiffDirectory.read(in, 0, little, dir.nextOffset());
        }
        long width = dir.first(WIDTH, 0);
        long height = dir.first(HEIGHT, 0);
        if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw ImageRejectedException.corrupt("TIFF " + (page > 1 ? "page " + page + " " : "") + "size " + width + "x" + height);
        }
        ColourModel model = switch ((int) dir.first(PHOTOMETRIC, 2)) {
            case 0, 1 -> ColourModel.GRAY;
            case 2, 6 -> ColourModel.RGB;
            case 3 -> ColourModel.PALETTE;
            case 5 -> ColourModel.CMYK;
            default -> ColourModel.UNKNOWN;
        };
        long iccSize = dir.count(ICC);
        MetadataSummary meta = new MetadataSummary(dir.has(EXIF_IFD), dir.has(XMP), dir.has(ICC),
                Math.max(iccSize, dir.count(XMP)), null);
        return new ImageInfo(ImageFormat.TIFF, (int) width, (int) height, (int) dir.first(ORIENTATION, 1),
                dir.has(EXTRA_SAMPLES), pages, 0, (int) dir.first(BITS_PER_SAMPLE, 1), model, false, meta);
    }
}
