package io.mediadesk.engine.codec;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Strict PNG check the JDK reader does not do: every chunk CRC must match and IEND must be there.
 * Costs one sequential read of the file (a few ms for 5 MB), paid only in strict mode.
 */
final class PngIntegrity {
    private PngIntegrity() {
    }

    static void verify(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024))) {
            in.skipNBytes(8);
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                long length = Integer.toUnsignedLong(in.readInt());
                byte[] type = in.readNBytes(4);
                if (type.length < 4) throw new EOFException();
                CRC32 crc = new CRC32();
                crc.update(type);
                stream(in, length, crc, buffer);
                if ((int) crc.getValue() != in.readInt()) {
                    throw ImageRejectedException.corrupt("PNG chunk " + new String(type, java.nio.charset.StandardCharsets.ISO_8859_1)
                            + " fails its CRC check");
                }
                if (type[0] == 'I' && type[1] == 'E' && type[2] == 'N' && type[3] == 'D') return;
            }
        } catch (EOFException e) {
            throw ImageRejectedException.truncated("the PNG ends before its IEND chunk");
        }
    }

    private static void stream(InputStream in, long length, CRC32 crc, byte[] buffer) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) throw new EOFException();
            crc.update(buffer, 0, n);
            left -= n;
        }
    }
}
