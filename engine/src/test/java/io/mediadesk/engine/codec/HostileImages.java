package io.mediadesk.engine.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Hand-built hostile files, byte by byte, so each test says exactly what the header claims. */
final class HostileImages {
    /** One 1x1 LZW-coded GIF pixel: min code size 2, clear, index 0, end (the classic 1x1 GIF data). */
    private static final byte[] GIF_PIXEL = {0x02, 0x02, 0x44, 0x01, 0x00};

    private HostileImages() {
    }

    /** A GIF whose logical screen is {@code width x height} and which holds {@code frames} 1x1 frames. */
    static byte[] gif(int width, int height, int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le16(width));
        out.writeBytes(le16(height));
        out.writeBytes(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        for (int i = 0; i < frames; i++) {
            if (frames > 1) out.writeBytes(new byte[] {0x21, (byte) 0xF9, 4, 0, 10, 0, 0, 0});
            out.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0});
            out.writeBytes(GIF_PIXEL);
        }
        out.write(0x3B);
        return out.toByteArray();
    }

    static byte[] bmp(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(54).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(54).putInt(0).putInt(54);
        b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24);
        return b.array();
    }

    static byte[] tiff(long width, long height) {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 2);
        b.putShort((short) 256).putShort((short) 4).putInt(1).putInt((int) width);
        b.putShort((short) 257).putShort((short) 4).putInt(1).putInt((int) height);
        b.putInt(0);
        return b.array();
    }

    /** An extended WebP whose VP8X canvas is {@code width x height} (each up to 2^24). */
    static byte[] webpCanvas(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0).put(new byte[3]);
        b.put(le24(width - 1)).put(le24(height - 1));
        return b.array();
    }

    /** A valid 1x1 grey PNG with {@code textChunks} tEXt chunks and an optional iCCP chunk before IDAT. */
    static byte[] png(int textChunks, byte[] iccpPayload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0).array());
        byte[] text = "Comment\0x".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < textChunks; i++) chunk(out, "tEXt", text);
        if (iccpPayload != null) chunk(out, "iCCP", iccpPayload);
        chunk(out, "IDAT", deflate(new byte[] {0, (byte) 0x80}));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** An iCCP payload whose zlib stream inflates to {@code bytes} zero bytes. */
    static byte[] iccpBomb(int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("bomb\0\0".getBytes(StandardCharsets.ISO_8859_1));
        Deflater deflater = new Deflater(9);
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        for (int left = bytes; left > 0; left -= zeros.length) {
            deflater.setInput(zeros, 0, Math.min(left, zeros.length));
            while (!deflater.needsInput()) out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.finish();
        while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, n);
    }

    private static byte[] le16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }

    private static byte[] le24(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16)};
    }
}
