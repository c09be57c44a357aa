package io.mediadesk.engine.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Walks JPEG marker segments from SOI up to the first SOF: APP1 (EXIF orientation, XMP), APP2
 * (ICC profile chunks), APP14 (Adobe colour transform) and the frame header. Stops before any
 * entropy-coded data, so a 4-gigapixel SOF costs a few hundred bytes to read.
 */
final class JpegHeader {
    private static final int MAX_SEGMENTS = 4096;
    private static final String XMP_ID = "http://ns.adobe.com/xap/1.0/";

    private final ByteReader in;
    private int orientation = 1;
    private boolean exif;
    private boolean xmp;
    private long largestBlock;
    private int adobeTransform = -1;
    private final byte[][] iccChunks = new byte[256][];
    private long iccTotal;

    private JpegHeader(ByteReader in) {
        this.in = in;
    }

    static ImageInfo read(ByteReader in) {
        return new JpegHeader(in).walk();
    }

    private ImageInfo walk() {
        in.seek(2);
        for (int segments = 0; segments < MAX_SEGMENTS; segments++) {
            int marker = nextMarker();
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;
            if (marker == 0xD9) throw ImageRejectedException.corrupt("JPEG ends before its frame header");
            if (marker == 0xDA) throw ImageRejectedException.corrupt("JPEG scan data before the frame header");
            int length = in.u16(false);
            if (length < 2) throw ImageRejectedException.corrupt("JPEG segment with length " + length);
            long end = in.position() + length - 2;
            if (end > in.size()) throw ImageRejectedException.truncated("a JPEG segment runs past the end of file");
            if (isFrameHeader(marker)) return frame();
            segment(marker, length - 2);
            in.seek(end);
        }
        throw ImageRejectedException.corrupt("more than " + MAX_SEGMENTS + " JPEG segments before the frame header");
    }

    private int nextMarker() {
        if (in.u8() != 0xFF) throw ImageRejectedException.corrupt("JPEG marker expected at byte " + (in.position() - 1));
        int marker = in.u8();
        while (marker == 0xFF) marker = in.u8();
        return marker;
    }

    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private void segment(int marker, int length) {
        if (marker == 0xE1) {
            byte[] data = in.bytes(length);
            largestBlock = Math.max(largestBlock, length);
            if (ExifOrientation.startsWithPrefix(data)) {
                exif = true;
                orientation = ExifOrientation.read(data);
            } else if (new String(data, 0, Math.min(data.length, XMP_ID.length()), StandardCharsets.ISO_8859_1)
                    .equals(XMP_ID)) {
                xmp = true;
            }
        } else if (marker == 0xE2 && length > 14 && in.ascii(12).equals("ICC_PROFILE\0")) {
            int sequence = in.u8();
            in.u8();
            iccTotal += length - 14;
            if (iccTotal <= ImageProbe.MAX_COLLECTED_ICC) iccChunks[sequence] = in.bytes(length - 14);
        } else if (marker == 0xEE && length >= 12 && in.ascii(5).equals("Adobe")) {
            in.skip(6);
            adobeTransform = in.u8();
        }
    }

    private ImageInfo frame() {
        int precision = in.u8();
        int height = in.u16(false);
        int width = in.u16(false);
        int components = in.u8();
        if (width == 0 || height == 0) {
            throw new ImageRejectedException(ImageRejectedException.Reason.UNSUPPORTED_FORMAT,
                    "JPEG with a zero dimension in its frame header (DNL) is not supported");
        }
        ColourModel model = switch (components) {
            case 1 -> ColourModel.GRAY;
            case 3 -> ColourModel.RGB;
            case 4 -> adobeTransform == 2 ? ColourModel.YCCK : ColourModel.CMYK;
            default -> throw ImageRejectedException.corrupt("JPEG with " + components + " components");
        };
        long largest = Math.max(largestBlock, iccTotal);
        MetadataSummary meta = new MetadataSummary(exif, xmp, iccTotal > 0, largest, null);
        byte[] icc = assembledIcc();
        if (icc != null) meta = meta.withIcc(icc);
        return new ImageInfo(ImageFormat.JPEG, width, height, orientation, false, 1, 0, precision, model,
                false, meta);
    }

    private byte[] assembledIcc() {
        if (iccTotal == 0 || iccTotal > ImageProbe.MAX_COLLECTED_ICC) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) iccTotal);
        for (byte[] chunk : iccChunks) {
            if (chunk != null) out.writeBytes(chunk);
        }
        return out.toByteArray();
    }
}
