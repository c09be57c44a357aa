package io.mediadesk.engine.codec;

/**
 * Walks the RIFF chunks of a WebP file: VP8 (lossy) or VP8L (lossless) bitstream headers for the
 * size of a simple file, VP8X for the canvas and feature flags of an extended one, ANMF to count
 * animation frames, ICCP/EXIF/XMP for metadata.
 */
final class WebpHeader {
    private static final int MAX_CHUNKS = 200_000;

    private final ByteReader in;
    private int width;
    private int height;
    private boolean alpha;
    private boolean extended;
    private boolean animated;
    private int frames;
    private long largestFrame;
    private int orientation = 1;
    private MetadataSummary meta = MetadataSummary.NONE;

    private WebpHeader(ByteReader in) {
        this.in = in;
    }

    static ImageInfo read(ByteReader in) {
        return new WebpHeader(in).walk();
    }

    private ImageInfo walk() {
        in.seek(4);
        long riffEnd = Math.min(in.size(), 8 + in.u32(true));
        in.seek(12);
        for (int chunks = 0; in.position() + 8 <= riffEnd; chunks++) {
            if (chunks > MAX_CHUNKS) throw ImageRejectedException.corrupt("more than " + MAX_CHUNKS + " WebP chunks");
            String fourcc = in.ascii(4);
            long size = in.u32(true);
            long end = in.position() + size + (size & 1);
            if (in.position() + size > in.size()) throw ImageRejectedException.truncated("WebP chunk " + fourcc + " runs past the end");
            chunk(fourcc, (int) Math.min(size, Integer.MAX_VALUE));
            in.seek(Math.min(end, in.size()));
        }
        if (width == 0 || height == 0) throw ImageRejectedException.corrupt("WebP without an image bitstream");
        return new ImageInfo(ImageFormat.WEBP, width, height, orientation, alpha, Math.max(1, frames), largestFrame, 8,
                ColourModel.RGB, animated && frames > 1, meta);
    }

    private void chunk(String fourcc, int size) {
        switch (fourcc) {
            case "VP8X" -> extended(size);
            case "VP8 " -> lossy(size);
            case "VP8L" -> lossless(size);
            case "ANMF" -> animationFrame(size);
            case "ICCP" -> icc(size);
            case "EXIF" -> {
                byte[] data = in.bytes(size);
                orientation = ExifOrientation.read(data);
                meta = new MetadataSummary(true, meta.xmp(), meta.icc(), Math.max(meta.largestBlockBytes(), size), meta.iccBytes());
            }
            case "XMP " -> meta = new MetadataSummary(meta.exif(), true, meta.icc(), Math.max(meta.largestBlockBytes(), size), meta.iccBytes());
            default -> { }
        }
    }

    private void extended(int size) {
        if (size < 10) throw ImageRejectedException.corrupt("short VP8X chunk");
        int flags = in.u8();
        in.skip(3);
        width = in.u24le() + 1;
        height = in.u24le() + 1;
        extended = true;
        alpha = (flags & 0x10) != 0;
        animated = (flags & 0x02) != 0;
    }

    private void lossy(int size) {
        if (size < 10) throw ImageRejectedException.corrupt("short VP8 chunk");
        in.skip(3);
        if (in.u8() != 0x9D || in.u8() != 0x01 || in.u8() != 0x2A) throw ImageRejectedException.corrupt("bad VP8 start code");
        setSimpleSize(in.u16(true) & 0x3FFF, in.u16(true) & 0x3FFF, false);
    }

    private void lossless(int size) {
        if (size < 5) throw ImageRejectedException.corrupt("short VP8L chunk");
        if (in.u8() != 0x2F) throw ImageRejectedException.corrupt("bad VP8L signature");
        long bits = in.u32(true);
        setSimpleSize((int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1, (bits >> 28 & 1) != 0);
    }

    private void setSimpleSize(int w, int h, boolean hasAlpha) {
        if (extended) {
            largestFrame = Math.max(largestFrame, (long) w * h);
            return;
        }
        width = w;
        height = h;
        alpha = hasAlpha;
    }

    private void animationFrame(int size) {
        if (size < 16) throw ImageRejectedException.corrupt("short ANMF chunk");
        in.skip(6);
        long w = in.u24le() + 1L;
        long h = in.u24le() + 1L;
        largestFrame = Math.max(largestFrame, w * h);
        frames++;
    }

    private void icc(int size) {
        byte[] profile = size <= ImageProbe.MAX_COLLECTED_ICC ? in.bytes(size) : null;
        meta = profile != null ? meta.withIcc(profile)
                : new MetadataSummary(meta.exif(), meta.xmp(), true, Math.max(meta.largestBlockBytes(), size), null);
    }
}
