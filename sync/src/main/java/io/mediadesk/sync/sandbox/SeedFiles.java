package io.mediadesk.sync.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A deterministic account of {@code n} files for {@link Sandbox#seed}: the same {@code seed}
 * gives the same folders, names, versions, tags, coordinates and contents. Shaped like a real
 * photo library: three-level folders ({@code /2021/shoot-017/raw/}), mostly one version and some
 * with two or three, zero to three tags from a pool of 300, coordinates on one file in ten,
 * private files one in thirty. Contents are {@link #CONTENTS} small, distinct PNGs, shared.
 */
public final class SeedFiles {
    /** Distinct contents in a generated account (PNGs of 8 x 8 pixels, about 80 bytes each). */
    public static final int CONTENTS = 256;

    private SeedFiles() {
    }

    /** The files, generated as the stream is read (file {@code i} depends only on {@code seed} and {@code i}). */
    public static Stream<SeedFile> generate(int n, long seed) {
        List<byte[]> contents = IntStream.range(0, CONTENTS).mapToObj(SeedFiles::png).toList();
        return IntStream.range(0, n).mapToObj(i -> file(i, seed, contents));
    }

    private static SeedFile file(int i, long seed, List<byte[]> contents) {
        Random r = new Random(seed * 1_000_003L + i);
        String folder = "/" + (2019 + i % 7) + "/shoot-" + String.format("%03d", i / 500) + "/" + (r.nextInt(4) == 0 ? "raw/" : "");
        String name = String.format("IMG_%06d.png", i);
        int roll = r.nextInt(100);
        int versions = roll < 80 ? 1 : roll < 95 ? 2 : 3;
        List<byte[]> bytes = new ArrayList<>();
        for (int v = 0; v < versions; v++) {
            bytes.add(contents.get(r.nextInt(contents.size())));
        }
        TreeSet<String> tags = new TreeSet<>();
        int tagCount = r.nextInt(4);
        for (int t = 0; t < tagCount; t++) {
            tags.add("tag-" + r.nextInt(300));
        }
        Optional<String> coordinates = r.nextInt(10) == 0
                ? Optional.of(r.nextInt(4) + "," + r.nextInt(4) + "," + (1 + r.nextInt(4)) + "," + (1 + r.nextInt(4))) : Optional.empty();
        return new SeedFile(folder, name, bytes, List.copyOf(tags), coordinates, r.nextInt(30) == 0);
    }

    /** An 8 x 8 RGB PNG of one colour, {@code k} picking the colour (distinct for k below 2^24). */
    public static byte[] png(int k) {
        int w = 8;
        int h = 8;
        byte[] raw = new byte[h * (1 + 3 * w)];
        for (int y = 0; y < h; y++) {
            int row = y * (1 + 3 * w);
            raw[row] = 0; // filter: none
            for (int x = 0; x < w; x++) {
                raw[row + 1 + 3 * x] = (byte) (k * 37);
                raw[row + 2 + 3 * x] = (byte) (k >> 8);
                raw[row + 3 + 3 * x] = (byte) (k >> 16 ^ x ^ y);
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0)
                .put((byte) 0).array());
        chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, length));
        chunk(out, "IEND", new byte[0]);
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
}
