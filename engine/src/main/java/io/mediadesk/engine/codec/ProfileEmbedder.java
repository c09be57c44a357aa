package io.mediadesk.engine.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * Splices an ICC profile into encoded bytes: APP2 ICC_PROFILE segments right after a JPEG's
 * SOI/APP0, or an iCCP chunk right after a PNG's IHDR. Done on bytes because the ImageIO
 * metadata trees for this differ per writer and per format.
 */
final class ProfileEmbedder {
    private static final int ICC_CHUNK = 65_519;

    private ProfileEmbedder() {
    }

    static byte[] embed(byte[] encoded, OutputFormat format, byte[] icc) {
        if (icc == null || icc.length == 0) return encoded;
        return switch (format) {
            case JPEG -> jpeg(encoded, icc);
            case PNG -> png(encoded, icc);
            default -> encoded;
        };
    }

    private static byte[] jpeg(byte[] jpeg, byte[] icc) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) at = 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + icc.length + 64);
        out.write(jpeg, 0, at);
        int chunks = (icc.length + ICC_CHUNK - 1) / ICC_CHUNK;
        for (int i = 0; i < chunks; i++) {
            int length = Math.min(ICC_CHUNK, icc.length - i * ICC_CHUNK);
            int segment = 2 + 12 + 2 + length;
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE2, (byte) (segment >> 8), (byte) segment});
            out.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(new byte[] {(byte) (i + 1), (byte) chunks});
            out.write(icc, i * ICC_CHUNK, length);
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static byte[] png(byte[] png, byte[] icc) {
        int afterIhdr = 8 + 8 + 13 + 4;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("ICC Profile\0\0".getBytes(StandardCharsets.ISO_8859_1));
        try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
            z.write(icc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] payload = data.toByteArray();
        CRC32 crc = new CRC32();
        crc.update("iCCP".getBytes(StandardCharsets.US_ASCII));
        crc.update(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + payload.length + 12);
        out.write(png, 0, afterIhdr);
        out.writeBytes(ByteBuffer.allocate(4).putInt(payload.length).array());
        out.writeBytes("iCCP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }
}
