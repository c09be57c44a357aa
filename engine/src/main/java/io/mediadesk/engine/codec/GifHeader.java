package io.mediadesk.engine.codec;

/**
 * Reads the GIF logical screen and walks every block to count frames and find the largest frame
 * rectangle, skipping the LZW data sub-block by sub-block. A frame rectangle may be larger than
 * the logical screen in a hostile file, so both are reported.
 */
final class GifHeader {
    static final int MAX_FRAMES_WALKED = 100_000;

    private final ByteReader in;
    private int frames;
    private long largestFrame;
    private boolean transparency;

    private GifHeader(ByteReader in) {
        this.in = in;
    }

    static ImageInfo read(ByteReader in) {
        return new GifHeader(in).walk();
    }

    private ImageInfo walk() {
        in.seek(6);
        int width = in.u16(true);
        int height = in.u16(true);
        int flags = in.u8();
        in.skip(2);
        if (width == 0 || height == 0) throw ImageRejectedException.corrupt("GIF logical screen " + width + "x" + height);
        if ((flags & 0x80) != 0) in.skip(3L << ((flags & 7) + 1));
        walkBlocks();
        if (frames == 0) throw ImageRejectedException.truncated("GIF without any frame");
        return new ImageInfo(ImageFormat.GIF, width, height, 1, transparency, frames, largestFrame, 8,
                ColourModel.PALETTE, frames > 1, MetadataSummary.NONE);
    }

    private void walkBlocks() {
        while (in.remaining() > 0) {
            int introducer = in.u8();
            switch (introducer) {
                case 0x3B -> {
                    return;
                }
                case 0x2C -> frame();
                case 0x21 -> extension();
                default -> throw ImageRejectedException.corrupt("unknown GIF block 0x" + Integer.toHexString(introducer));
            }
        }
        // A missing trailer after a complete frame is common and harmless; a cut frame is not (see frame()).
    }

    private void frame() {
        in.skip(4);
        long w = in.u16(true);
        long h = in.u16(true);
        int flags = in.u8();
        if ((flags & 0x80) != 0) in.skip(3L << ((flags & 7) + 1));
        in.u8();
        skipSubBlocks();
        largestFrame = Math.max(largestFrame, w * h);
        if (++frames > MAX_FRAMES_WALKED) {
            throw new ImageRejectedException(ImageRejectedException.Reason.OVER_FRAME_LIMIT,
                    "The GIF has more than " + MAX_FRAMES_WALKED + " frames");
        }
    }

    private void extension() {
        int label = in.u8();
        if (label == 0xF9) {
            int size = in.u8();
            if (size >= 1) {
                transparency |= (in.u8() & 1) != 0;
                in.skip(size - 1);
            }
        }
        skipSubBlocks();
    }

    private void skipSubBlocks() {
        for (int size = in.u8(); size != 0; size = in.u8()) in.skip(size);
    }
}
