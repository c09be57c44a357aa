package io.mediadesk.engine.codec;

/** Reads the BMP file header and the DIB header (OS/2 core or Windows info/V4/V5). */
final class BmpHeader {
    private BmpHeader() {
    }

    static ImageInfo read(ByteReader in) {
        in.seek(14);
        long dibSize = in.u32(true);
        long width;
        long height;
        int bpp;
        if (dibSize == 12) {
            width = in.u16(true);
            height = in.u16(true);
            in.skip(2);
            bpp = in.u16(true);
        } else if (dibSize >= 40 && dibSize <= 1024) {
            width = (int) in.u32(true);
            height = Math.abs((long) (int) in.u32(true));
            in.skip(2);
            bpp = in.u16(true);
        } else {
            throw ImageRejectedException.corrupt("BMP header size " + dibSize);
        }
        if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw ImageRejectedException.corrupt("BMP size " + width + "x" + height);
        }
        boolean alpha = bpp == 32 && dibSize >= 56 && alphaMask(in) != 0;
        ColourModel model = bpp <= 8 ? ColourModel.PALETTE : ColourModel.RGB;
        return ImageInfo.still(ImageFormat.BMP, (int) width, (int) height, alpha, bpp, model);
    }

    /** The alpha channel mask of a V3+ header (after the 40-byte info header and three colour masks). */
    private static long alphaMask(ByteReader in) {
        in.seek(14 + 40 + 12);
        return in.u32(true);
    }
}
