package io.mediadesk.engine.codec;

/**
 * Reads the Orientation tag (0x0112) from IFD0 of an EXIF block. Broken EXIF is common and must
 * never sink an image whose pixels are fine, so every failure here reads as "normal" (1).
 */
final class ExifOrientation {
    private static final byte[] EXIF_PREFIX = {'E', 'x', 'i', 'f', 0, 0};
    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {
    }

    /** @param tiff an EXIF payload: a TIFF header, optionally preceded by {@code Exif\0\0} */
    static int read(byte[] tiff) {
        try {
            ByteReader in = ByteReader.of(tiff);
            long base = startsWithPrefix(tiff) ? EXIF_PREFIX.length : 0;
            boolean little = TiffDirectory.byteOrder(in, base);
            if (in.u16(little) != 42) return 1;
            long ifd0 = in.u32(little);
            int value = (int) TiffDirectory.read(in, base, little, ifd0).first(TAG_ORIENTATION, 1);
            return value >= 1 && value <= 8 ? value : 1;
        } catch (ImageRejectedException e) {
            return 1;
        }
    }

    static boolean startsWithPrefix(byte[] data) {
        if (data.length < EXIF_PREFIX.length) return false;
        for (int i = 0; i < EXIF_PREFIX.length; i++) {
            if (data[i] != EXIF_PREFIX[i]) return false;
        }
        return true;
    }
}
