package io.mediadesk.sync.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small valid images made in memory, so most tests need no corpus (and no AWT in the sync module). */
public final class TestImages {
    private TestImages() {
    }

    /** An opaque grey RGB PNG of the given size. */
    public static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        byte[] raw = new byte[height * (1 + width * 3)];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = i % (1 + width * 3) == 0 ? 0 : (byte) 0x80;
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        try {
            ByteBuffer length = ByteBuffer.allocate(4).putInt(data.length);
            out.write(length.array());
            byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
            out.write(typeBytes);
            out.write(data);
            CRC32 crc = new CRC32();
            crc.update(typeBytes);
            crc.update(data);
            out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
