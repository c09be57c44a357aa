package io.mediadesk.engine.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Writes an animated WebP. The native writer (webp-imageio) encodes single images only, so each
 * composited frame is encoded on its own (lossy at the quality, or lossless) and its bitstream
 * chunks (ALPH, VP8 or VP8L) are wrapped in an ANMF chunk of the extended format, as libwebp's
 * own {@code WebPAnimEncoder} container does (WebP container spec, "Animation"): every frame a
 * full canvas at 0,0, not blended with the one before (so transparent pixels stay transparent)
 * and not disposed of, its duration in milliseconds; ANIM carries the loop count.
 */
final class WebpSequence {
    private static final int MAX_24 = 0xFF_FFFF;

    private WebpSequence() {
    }

    /**
     * @param still encodes one frame as a complete single-image WebP file
     * @param loops 0 = forever; {@link DecodedImage#NO_LOOP} (a GIF without loop extension) = once
     */
    static byte[] write(List<DecodedImage.Frame> frames, int loops, Function<DecodedImage.Frame, byte[]> still) {
        if (frames.isEmpty()) throw new IllegalArgumentException("no frames");
        int width = frames.get(0).image().getWidth();
        int height = frames.get(0).image().getHeight();
        boolean alpha = false;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (DecodedImage.Frame frame : frames) {
            if (frame.image().getWidth() != width || frame.image().getHeight() != height) {
                throw new IllegalArgumentException("frames differ in size");
            }
            byte[] bitstream = bitstreamChunks(still.apply(frame));
            alpha |= frame.image().getColorModel().hasAlpha();
            ByteBuffer header = little(16);
            put24(header, 0); // x / 2
            put24(header, 0); // y / 2
            put24(header, width - 1);
            put24(header, height - 1);
            put24(header, (int) Math.min(MAX_24, frame.delay().toMillis()));
            header.put((byte) 0x02); // do not blend, do not dispose
            chunk(body, "ANMF", concat(header.array(), bitstream));
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ByteBuffer vp8x = little(10);
        vp8x.put((byte) (0x02 | (alpha ? 0x10 : 0)));
        vp8x.put(new byte[3]);
        put24(vp8x, width - 1);
        put24(vp8x, height - 1);
        ByteBuffer anim = little(6);
        anim.putInt(0); // background: transparent black (BGRA)
        anim.putShort((short) (loops == DecodedImage.NO_LOOP ? 1 : Math.min(65_535, Math.max(0, loops))));
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunk(chunks, "VP8X", vp8x.array());
        chunk(chunks, "ANIM", anim.array());
        chunks.writeBytes(body.toByteArray());
        file.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes(little(4).putInt(4 + chunks.size()).array());
        file.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        file.writeBytes(chunks.toByteArray());
        return file.toByteArray();
    }

    /** The ALPH/VP8/VP8L chunks of a single-image WebP, as they stand (headers and padding kept). */
    static byte[] bitstreamChunks(byte[] webp) {
        if (webp.length < 20 || !new String(webp, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            throw new IllegalStateException("the WebP writer produced no WebP file");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 12;
        while (at + 8 <= webp.length) {
            String fourcc = new String(webp, at, 4, StandardCharsets.ISO_8859_1);
            long size = ByteBuffer.wrap(webp, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
            int end = (int) Math.min(webp.length, at + 8 + size + (size & 1));
            if (fourcc.equals("ALPH") || fourcc.equals("VP8 ") || fourcc.equals("VP8L")) out.write(webp, at, end - at);
            at = end;
        }
        if (out.size() == 0) throw new IllegalStateException("the WebP writer produced no bitstream chunk");
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String fourcc, byte[] data) {
        out.writeBytes(fourcc.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(little(4).putInt(data.length).array());
        out.writeBytes(data);
        if ((data.length & 1) != 0) out.write(0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void put24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }
}
