package io.mediadesk.desktop.transform;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes small test images by hand as 24-bit BMP, so desktop tests need no {@code java.awt}
 * (the architecture keeps it inside the engine). Left half warm, right half cool.
 */
public final class TestImages {
    private TestImages() {
    }

    public static Path bmp(Path file, int width, int height) throws IOException {
        return bmp(file, width, height, -1, -1);
    }

    /** As {@link #bmp(Path, int, int)} with one pure green (0x00FF00) pixel at ({@code markX}, {@code markY}), top-left origin. */
    public static Path bmp(Path file, int width, int height, int markX, int markY) throws IOException {
        int row = (width * 3 + 3) & ~3;
        ByteBuffer bytes = ByteBuffer.allocate(54 + row * height).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put((byte) 'B').put((byte) 'M').putInt(54 + row * height).putInt(0).putInt(54);
        bytes.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24)
                .putInt(0).putInt(row * height).putInt(2835).putInt(2835).putInt(0).putInt(0);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (x == markX && height - 1 - y == markY) { // BMP rows run bottom up
                    bytes.put((byte) 0).put((byte) 0xFF).put((byte) 0);
                    continue;
                }
                boolean warm = x < width / 2;
                bytes.put((byte) (warm ? 0x30 : 0xD0)).put((byte) (warm ? 0x50 : 0x60)).put((byte) (warm ? 0xE0 : 0x30));
            }
            bytes.position(bytes.position() + row - width * 3);
        }
        return Files.write(file, bytes.array());
    }
}
