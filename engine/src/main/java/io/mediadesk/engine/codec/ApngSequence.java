package io.mediadesk.engine.codec;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes an animated PNG (APNG 1.0). The JDK writer encodes single images only, so each
 * composited frame is encoded on its own as a PNG and its IDAT data is taken as it stands: frame
 * 1's stays IDAT (it is also the default image, shown by viewers without APNG), later frames'
 * become fdAT chunks. Frame 1 is the full canvas; each later frame is the smallest rectangle
 * holding every pixel that differs from the frame before (1x1 when none does), which replaces
 * that rectangle (blend source, dispose none), so the canvas after frame n is exactly frame n and
 * transparent pixels stay transparent. acTL carries the frame count and the play count, fcTL the
 * rectangle and the delay in milliseconds. Sequence numbers run over fcTL and fdAT from 0, and
 * every chunk gets its CRC. When all frames together use at most 256 colours (alpha included),
 * every frame is written with the one palette they share (PLTE, and tRNS for alpha): still
 * lossless, and the usual case for graphics.
 */
final class ApngSequence {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private ApngSequence() {
    }

    /**
     * @param still encodes one frame as a complete single-image PNG file
     * @param loops 0 = forever; {@link DecodedImage#NO_LOOP} (a GIF without loop extension) = once
     */
    static byte[] write(List<DecodedImage.Frame> frames, int loops, Encoding still) throws IOException {
        if (frames.isEmpty()) throw new IllegalArgumentException("no frames");
        int width = frames.get(0).image().getWidth();
        int height = frames.get(0).image().getHeight();
        // One colour type for all frames (IHDR is shared): alpha if any frame has it.
        boolean alpha = frames.stream().anyMatch(f -> f.image().getColorModel().hasAlpha());
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        IndexColorModel palette = palette(frames, type);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] ihdr = null;
        List<byte[]> paletteChunks = new java.util.ArrayList<>();
        int sequence = 0;
        BufferedImage previous = null;
        for (int i = 0; i < frames.size(); i++) {
            DecodedImage.Frame frame = frames.get(i);
            BufferedImage image = frame.image();
            if (image.getWidth() != width || image.getHeight() != height) {
                throw new IllegalArgumentException("frames differ in size");
            }
            if (image.getType() != type) image = GifAnimator.copy(image, type);
            int[] box = previous == null ? new int[] {0, 0, width, height} : changed(previous, image);
            BufferedImage part = previous == null ? image
                    : GifAnimator.copy(image.getSubimage(box[0], box[1], box[2], box[3]), type);
            previous = image;
            byte[] png = still.encode(palette == null ? part : indexed(part, palette));
            byte[] header = chunkData(png, "IHDR").get(0);
            if (ihdr == null) {
                ihdr = header;
                if (palette != null) {
                    paletteChunks.add(ApngAnimation.chunk("PLTE", chunkData(png, "PLTE").get(0)));
                    if (palette.hasAlpha()) paletteChunks.add(ApngAnimation.chunk("tRNS", chunkData(png, "tRNS").get(0)));
                }
            } else if (!Arrays.equals(ihdr, 8, 13, header, 8, 13)) { // the size differs, the rest may not
                throw new IllegalStateException("the PNG writer chose another colour type for frame " + (i + 1));
            }
            body.writeBytes(ApngAnimation.chunk("fcTL", frameControl(sequence++, box, frame)));
            for (byte[] data : chunkData(png, "IDAT")) {
                if (i == 0) {
                    body.writeBytes(ApngAnimation.chunk("IDAT", data));
                } else {
                    body.writeBytes(ApngAnimation.chunk("fdAT", ByteBuffer.allocate(4 + data.length)
                            .putInt(sequence++).put(data).array()));
                }
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(SIGNATURE);
        file.writeBytes(ApngAnimation.chunk("IHDR", ihdr));
        int plays = loops == DecodedImage.NO_LOOP ? 1 : Math.max(0, loops);
        file.writeBytes(ApngAnimation.chunk("acTL", ByteBuffer.allocate(8).putInt(frames.size()).putInt(plays).array()));
        paletteChunks.forEach(file::writeBytes);
        file.writeBytes(body.toByteArray());
        file.writeBytes(ApngAnimation.chunk("IEND", new byte[0]));
        return file.toByteArray();
    }

    /** Encodes one full frame as a single-image PNG. */
    interface Encoding {
        byte[] encode(BufferedImage image) throws IOException;
    }

    /** The one palette of every colour the frames use, or null when they use more than 256. */
    static IndexColorModel palette(List<DecodedImage.Frame> frames, int type) {
        java.util.Set<Integer> colours = new java.util.LinkedHashSet<>();
        for (DecodedImage.Frame frame : frames) {
            BufferedImage image = frame.image();
            int[] row = new int[image.getWidth()];
            for (int y = 0; y < image.getHeight(); y++) {
                image.getRGB(0, y, row.length, 1, row, 0, row.length);
                for (int argb : row) {
                    // one transparent entry: what lies under alpha 0 does not show
                    int colour = type == BufferedImage.TYPE_INT_RGB ? argb | 0xFF00_0000 : (argb >>> 24 == 0 ? 0 : argb);
                    if (colours.add(colour) && colours.size() > 256) return null;
                }
            }
        }
        int n = Math.max(2, colours.size()); // a one-entry palette makes a 1-bit image anyway
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        byte[] a = new byte[n];
        int i = 0;
        boolean alpha = false;
        for (int c : colours) {
            r[i] = (byte) (c >> 16);
            g[i] = (byte) (c >> 8);
            b[i] = (byte) c;
            a[i] = (byte) (c >>> 24);
            alpha |= (c >>> 24) != 0xFF;
            i++;
        }
        if (colours.size() == 1) a[1] = (byte) 0xFF;
        return alpha ? new IndexColorModel(8, n, r, g, b, a) : new IndexColorModel(8, n, r, g, b);
    }

    /** {@code image} in {@code palette}, which holds every colour it uses. */
    private static BufferedImage indexed(BufferedImage image, IndexColorModel palette) {
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < palette.getMapSize(); i++) {
            index.putIfAbsent(palette.hasAlpha() ? palette.getRGB(i) : palette.getRGB(i) | 0xFF00_0000, i);
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, palette);
        int[] row = new int[image.getWidth()];
        int[] samples = new int[image.getWidth()];
        boolean alpha = palette.hasAlpha();
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                int c = !alpha ? row[x] | 0xFF00_0000 : (row[x] >>> 24 == 0 ? 0 : row[x]);
                samples[x] = index.get(c);
            }
            out.getRaster().setSamples(0, y, row.length, 1, 0, samples);
        }
        return out;
    }

    /** The smallest rectangle {x, y, w, h} holding every pixel where the two differ; 0,0,1,1 when none does. */
    static int[] changed(BufferedImage before, BufferedImage after) {
        int width = after.getWidth();
        int[] a = new int[width];
        int[] b = new int[width];
        int left = width;
        int right = -1;
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < after.getHeight(); y++) {
            before.getRGB(0, y, width, 1, a, 0, width);
            after.getRGB(0, y, width, 1, b, 0, width);
            int first = 0;
            while (first < width && a[first] == b[first]) first++;
            if (first == width) continue;
            int last = width - 1;
            while (a[last] == b[last]) last--;
            if (top < 0) top = y;
            bottom = y;
            left = Math.min(left, first);
            right = Math.max(right, last);
        }
        return top < 0 ? new int[] {0, 0, 1, 1} : new int[] {left, top, right - left + 1, bottom - top + 1};
    }

    /**
     * fcTL: sequence, rectangle (width, height, x, y), delay as a fraction of a second, dispose
     * none, blend source. The delay is in milliseconds (x/1000) while it fits 16 bits, else centiseconds, else
     * seconds.
     */
    private static byte[] frameControl(int sequence, int[] box, DecodedImage.Frame frame) {
        long millis = Math.max(0, frame.delay().toMillis());
        int numerator;
        int denominator;
        if (millis <= 0xFFFF) {
            numerator = (int) millis;
            denominator = 1000;
        } else if (millis / 10 <= 0xFFFF) {
            numerator = (int) Math.round(millis / 10.0);
            denominator = 100;
        } else {
            numerator = (int) Math.min(0xFFFF, Math.round(millis / 1000.0));
            denominator = 1;
        }
        return ByteBuffer.allocate(26).putInt(sequence).putInt(box[2]).putInt(box[3]).putInt(box[0]).putInt(box[1])
                .putShort((short) numerator).putShort((short) denominator)
                .put((byte) ApngAnimation.DISPOSE_NONE).put((byte) ApngAnimation.BLEND_SOURCE).array();
    }

    /** The data of every chunk of {@code type} in a PNG file, in order. */
    static List<byte[]> chunkData(byte[] png, String type) {
        if (png.length < 8 || !Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)) {
            throw new IllegalStateException("the PNG writer produced no PNG file");
        }
        List<byte[]> out = new java.util.ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png);
        int at = 8;
        while (at + 12 <= png.length) {
            int length = in.getInt(at);
            String name = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length < 0 || at + 12L + length > png.length) throw new IllegalStateException("the PNG writer's " + name + " is cut");
            if (name.equals(type)) out.add(Arrays.copyOfRange(png, at + 8, at + 8 + length));
            at += 12 + length;
        }
        if (out.isEmpty()) throw new IllegalStateException("the PNG writer wrote no " + type);
        return out;
    }
}
