package io.mediadesk.engine.codec;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The animation chunks of an animated PNG (APNG 1.0: acTL, each fcTL and its IDAT or fdAT data),
 * which the JDK reader skips: it only sees the default image. Each frame is cut out as a plain
 * PNG of its own (the file's IHDR with the frame's size, PLTE and tRNS, the frame's data as IDAT)
 * and decoded by the JDK reader, then {@link #composite} puts it on the canvas with its blend and
 * dispose operations, as the APNG specification says. Chunk CRCs are checked by
 * {@link PngIntegrity} in strict mode; sequence numbers and frame rectangles are checked here.
 */
final class ApngAnimation {
    static final int DISPOSE_NONE = 0;
    static final int DISPOSE_BACKGROUND = 1;
    static final int DISPOSE_PREVIOUS = 2;
    static final int BLEND_SOURCE = 0;
    static final int BLEND_OVER = 1;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** Where a frame's compressed data lies in the file: whole IDAT chunks, or fdAT chunks after their sequence number. */
    private record Data(long position, int length) {}

    /** One fcTL and its data chunks. */
    record FrameHeader(int width, int height, int x, int y, Duration delay, int dispose, int blend, List<Data> data) {}

    private final byte[] ihdr;
    private final List<byte[]> shared;
    private final int loops;
    private final List<FrameHeader> frames;

    private ApngAnimation(byte[] ihdr, List<byte[]> shared, int loops, List<FrameHeader> frames) {
        this.ihdr = ihdr;
        this.shared = shared;
        this.loops = loops;
        this.frames = List.copyOf(frames);
    }

    /** acTL's num_plays: 0 = forever. */
    int loops() {
        return loops;
    }

    List<FrameHeader> frames() {
        return frames;
    }

    /**
     * Walks every chunk of {@code file} (headers only, frame data left where it is). A file whose
     * fcTL count differs from acTL, whose sequence numbers skip or repeat, or whose frame does not
     * fit the canvas is damage, refused rather than guessed around.
     */
    static ApngAnimation read(Path file) throws IOException {
        try (ByteReader in = ByteReader.of(file)) {
            return read(in);
        }
    }

    static ApngAnimation read(ByteReader in) {
        in.seek(8);
        byte[] ihdr = null;
        List<byte[]> shared = new ArrayList<>();
        List<FrameHeader> frames = new ArrayList<>();
        int declared = -1;
        int loops = 0;
        long expectedSequence = 0;
        boolean idatSeen = false;
        int canvasWidth = 0;
        int canvasHeight = 0;
        FrameHeader open = null;
        List<Data> data = null;
        while (true) {
            long length = in.u32(false);
            String type = in.ascii(4);
            if (length > Integer.MAX_VALUE) throw ImageRejectedException.corrupt("PNG chunk length " + length);
            long start = in.position();
            if (start + length + 4 > in.size()) throw ImageRejectedException.truncated("PNG chunk " + type + " runs past the end");
            switch (type) {
                case "IHDR" -> {
                    ihdr = in.bytes((int) length);
                    ByteBuffer b = ByteBuffer.wrap(ihdr);
                    canvasWidth = b.getInt();
                    canvasHeight = b.getInt();
                }
                case "PLTE", "tRNS" -> {
                    if (!idatSeen) shared.add(chunk(type, in.bytes((int) length)));
                }
                case "acTL" -> {
                    if (length < 8) throw ImageRejectedException.corrupt("short acTL chunk");
                    declared = (int) Math.min(Integer.MAX_VALUE, in.u32(false));
                    loops = (int) Math.min(Integer.MAX_VALUE, in.u32(false));
                }
                case "fcTL" -> {
                    if (length < 26) throw ImageRejectedException.corrupt("short fcTL chunk");
                    sequence(in, expectedSequence++);
                    if (open != null) frames.add(open);
                    data = new ArrayList<>();
                    open = frameHeader(in, frames.size() + 1, canvasWidth, canvasHeight, data);
                }
                case "IDAT" -> {
                    idatSeen = true;
                    // The default image is frame 1 only when an fcTL came before it; otherwise it is hidden.
                    if (open != null && frames.isEmpty()) data.add(new Data(start, (int) length));
                }
                case "fdAT" -> {
                    if (length < 4) throw ImageRejectedException.corrupt("short fdAT chunk");
                    sequence(in, expectedSequence++);
                    if (open == null) throw ImageRejectedException.corrupt("APNG frame data before any fcTL");
                    data.add(new Data(start + 4, (int) length - 4));
                }
                case "IEND" -> {
                    if (open != null) frames.add(open);
                    if (declared < 0) throw ImageRejectedException.corrupt("a PNG without acTL is not animated");
                    if (frames.size() != declared) {
                        throw ImageRejectedException.corrupt("the APNG's acTL says " + declared + " frames, its fcTL chunks "
                                + frames.size());
                    }
                    for (int i = 0; i < frames.size(); i++) {
                        if (frames.get(i).data().isEmpty()) {
                            throw ImageRejectedException.corrupt("APNG frame " + (i + 1) + " has no image data");
                        }
                    }
                    if (ihdr == null) throw ImageRejectedException.corrupt("PNG without IHDR");
                    return new ApngAnimation(ihdr, shared, loops, frames);
                }
                default -> { }
            }
            in.seek(start + length + 4);
        }
    }

    private static void sequence(ByteReader in, long expected) {
        long actual = in.u32(false);
        if (actual != expected) {
            throw ImageRejectedException.corrupt("APNG chunk sequence number " + actual + " where " + expected + " was due");
        }
    }

    private static FrameHeader frameHeader(ByteReader in, int number, int canvasWidth, int canvasHeight, List<Data> data) {
        long w = in.u32(false);
        long h = in.u32(false);
        long x = in.u32(false);
        long y = in.u32(false);
        int delayNum = in.u16(false);
        int delayDen = in.u16(false);
        int dispose = in.u8();
        int blend = in.u8();
        if (w < 1 || h < 1 || x + w > canvasWidth || y + h > canvasHeight) {
            throw ImageRejectedException.corrupt("APNG frame " + number + " (" + w + "x" + h + " at " + x + "," + y
                    + ") does not fit the " + canvasWidth + "x" + canvasHeight + " canvas");
        }
        if (dispose > DISPOSE_PREVIOUS || blend > BLEND_OVER) {
            throw ImageRejectedException.corrupt("APNG frame " + number + " with dispose " + dispose + ", blend " + blend);
        }
        // A zero denominator means 1/100 s (APNG 1.0, fcTL).
        long millis = Math.round(1000.0 * delayNum / (delayDen == 0 ? 100 : delayDen));
        // "If the first fcTL chunk uses a dispose_op of APNG_DISPOSE_OP_PREVIOUS it should be treated as BACKGROUND."
        if (number == 1 && dispose == DISPOSE_PREVIOUS) dispose = DISPOSE_BACKGROUND;
        return new FrameHeader((int) w, (int) h, (int) x, (int) y, Duration.ofMillis(millis), dispose, blend, data);
    }

    /**
     * The first {@code count} frames as full canvases: each frame drawn at its offset, replacing
     * its rectangle (blend source) or over the canvas (blend over); after it was shown its
     * rectangle is left, cleared to transparent black, or put back as it was before the frame.
     */
    List<DecodedImage.Frame> composite(Path file, RasterReader reader, ImageInfo info, int count) throws IOException {
        if (frames.size() < count) throw ImageRejectedException.corrupt("APNG with fewer frames than asked for");
        BufferedImage canvas = new BufferedImage(info.width(), info.height(), BufferedImage.TYPE_INT_ARGB);
        int type = info.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        List<DecodedImage.Frame> out = new ArrayList<>(count);
        ImageReader png = RasterReader.readerFor(ImageFormat.PNG);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int i = 0; i < count; i++) {
                if (Thread.currentThread().isInterrupted() || reader.abortRequested()) {
                    throw new InterruptedIOException("decode cancelled");
                }
                FrameHeader frame = frames.get(i);
                BufferedImage pixels = SrgbConverter.toSrgb(decode(png, framePng(channel, frame)));
                if (pixels.getWidth() != frame.width() || pixels.getHeight() != frame.height()) {
                    throw ImageRejectedException.corrupt("APNG frame " + (i + 1) + " does not fit its fcTL");
                }
                BufferedImage before = frame.dispose() == DISPOSE_PREVIOUS ? GifAnimator.copy(
                        canvas.getSubimage(frame.x(), frame.y(), frame.width(), frame.height()), BufferedImage.TYPE_INT_ARGB)
                        : null;
                Graphics2D g = canvas.createGraphics();
                g.setComposite(frame.blend() == BLEND_OVER ? AlphaComposite.SrcOver : AlphaComposite.Src);
                g.drawImage(pixels, frame.x(), frame.y(), null);
                out.add(new DecodedImage.Frame(GifAnimator.copy(canvas, type), frame.delay()));
                if (frame.dispose() == DISPOSE_BACKGROUND) {
                    g.setComposite(AlphaComposite.Clear);
                    g.fillRect(frame.x(), frame.y(), frame.width(), frame.height());
                } else if (before != null) {
                    g.setComposite(AlphaComposite.Src);
                    g.drawImage(before, frame.x(), frame.y(), null);
                }
                g.dispose();
            }
        } finally {
            png.dispose();
        }
        return out;
    }

    /** One frame as a complete PNG file: signature, IHDR with the frame's size, PLTE/tRNS, its data as IDAT, IEND. */
    private byte[] framePng(FileChannel channel, FrameHeader frame) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        byte[] header = ihdr.clone();
        ByteBuffer.wrap(header).putInt(frame.width()).putInt(frame.height());
        out.writeBytes(chunk("IHDR", header));
        for (byte[] chunk : shared) out.writeBytes(chunk);
        for (Data d : frame.data()) {
            ByteBuffer bytes = ByteBuffer.allocate(d.length());
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, d.position() + bytes.position()) < 0) {
                    throw ImageRejectedException.truncated("APNG frame data runs past the end");
                }
            }
            out.writeBytes(chunk("IDAT", bytes.array()));
        }
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static BufferedImage decode(ImageReader png, byte[] bytes) throws IOException {
        // In memory: ImageIO.createImageInputStream would cache each frame in a temp file.
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            png.setInput(stream, true, true);
            return png.read(0);
        }
    }

    /** A PNG chunk: length, type, data, CRC over type and data. */
    static byte[] chunk(String type, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(12 + data.length);
        out.putInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.put(name).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.putInt((int) crc.getValue());
        return out.array();
    }
}
