package io.mediadesk.engine.codec;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A bounds-checked cursor over a file or a byte array for the header parsers. It reads through a
 * small window, so walking a 25 MB file chunk by chunk costs a few kilobytes of heap, and every
 * read past the end becomes a {@code TRUNCATED} rejection instead of an index error.
 */
final class ByteReader implements Closeable {
    private static final int WINDOW = 16 * 1024;

    private final FileChannel channel;
    private final byte[] array;
    private final long size;
    private final byte[] window;
    private long windowStart;
    private int windowLength;
    private long position;

    private ByteReader(FileChannel channel, byte[] array, long size) {
        this.channel = channel;
        this.array = array;
        this.size = size;
        this.window = array != null ? array : new byte[WINDOW];
        this.windowLength = array != null ? array.length : 0;
    }

    static ByteReader of(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        return new ByteReader(channel, null, channel.size());
    }

    static ByteReader of(byte[] bytes) {
        return new ByteReader(null, bytes, bytes.length);
    }

    long size() {
        return size;
    }

    long position() {
        return position;
    }

    long remaining() {
        return size - position;
    }

    void seek(long offset) {
        if (offset < 0 || offset > size) {
            throw ImageRejectedException.truncated("offset " + offset + " is outside the " + size + "-byte file");
        }
        position = offset;
    }

    void skip(long count) {
        if (count < 0) throw ImageRejectedException.corrupt("negative length " + count);
        seek(position + count);
    }

    int u8() {
        if (position >= size) throw ImageRejectedException.truncated("unexpected end of file at byte " + position);
        if (position < windowStart || position >= windowStart + windowLength) {
            fill();
            if (windowLength == 0) throw ImageRejectedException.truncated("the file shrank while it was read");
        }
        return window[(int) (position++ - windowStart)] & 0xFF;
    }

    int u16(boolean littleEndian) {
        int a = u8();
        int b = u8();
        return littleEndian ? a | b << 8 : a << 8 | b;
    }

    long u32(boolean littleEndian) {
        long a = u16(littleEndian);
        long b = u16(littleEndian);
        return littleEndian ? a | b << 16 : a << 16 | b;
    }

    int u24le() {
        return u8() | u8() << 8 | u8() << 16;
    }

    byte[] bytes(int count) {
        if (count < 0 || count > remaining()) throw ImageRejectedException.truncated("a block runs past the end of file");
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) out[i] = (byte) u8();
        return out;
    }

    String ascii(int count) {
        return new String(bytes(count), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void fill() {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(window);
            windowStart = position;
            windowLength = 0;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, windowStart + buffer.position());
                if (n < 0) break;
            }
            windowLength = buffer.position();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) channel.close();
    }
}
