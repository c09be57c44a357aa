package io.mediadesk.engine.codec;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The animation chunks of a WebP file (ANIM and each ANMF header), read from the RIFF structure
 * without touching a bitstream: what TwelveMonkeys' reader does not report. Frame pixels come
 * from the reader ({@code read(i)} is the raw frame rectangle); {@link #composite} puts them on
 * the canvas as the WebP container spec says.
 */
final class WebpAnimation {
    /** One ANMF header: the rectangle, its duration, and how it is blended and disposed of. */
    record FrameHeader(int x, int y, int width, int height, int durationMillis, boolean blend, boolean dispose) {}

    private final int loops;
    private final List<FrameHeader> frames;

    private WebpAnimation(int loops, List<FrameHeader> frames) {
        this.loops = loops;
        this.frames = List.copyOf(frames);
    }

    int loops() {
        return loops;
    }

    List<FrameHeader> frames() {
        return frames;
    }

    static WebpAnimation read(Path file) throws IOException {
        try (ByteReader in = ByteReader.of(file)) {
            return read(in);
        }
    }

    static WebpAnimation read(ByteReader in) {
        in.seek(12);
        int loops = 0;
        List<FrameHeader> frames = new ArrayList<>();
        while (in.position() + 8 <= in.size()) {
            String fourcc = new String(in.bytes(4), java.nio.charset.StandardCharsets.ISO_8859_1);
            long size = in.u32(true);
            long end = in.position() + size + (size & 1);
            if (fourcc.equals("ANIM") && size >= 6) {
                in.skip(4); // background colour: a hint viewers ignore (the spec allows it); we clear to transparent
                loops = in.u16(true);
            } else if (fourcc.equals("ANMF")) {
                if (size < 16) throw ImageRejectedException.corrupt("short ANMF chunk");
                int x = in.u24le() * 2;
                int y = in.u24le() * 2;
                int w = in.u24le() + 1;
                int h = in.u24le() + 1;
                int duration = in.u24le();
                int flags = in.u8();
                frames.add(new FrameHeader(x, y, w, h, duration, (flags & 0x02) == 0, (flags & 0x01) != 0));
            }
            in.seek(Math.min(end, in.size()));
        }
        return new WebpAnimation(loops, frames);
    }

    /**
     * The first {@code count} frames as full canvases: frame i is drawn at its offset, blended
     * over the canvas (source-over) or replacing its rectangle (no-blend flag); a frame with the
     * dispose flag has its rectangle cleared to transparent after it was shown. A frame whose
     * decoded size differs from its header is damage, not something to guess around.
     */
    List<DecodedImage.Frame> composite(RasterReader reader, ImageInfo info, int count) throws IOException {
        if (frames.size() < count) throw ImageRejectedException.corrupt("WebP animation with fewer frames than its header says");
        BufferedImage canvas = new BufferedImage(info.width(), info.height(), BufferedImage.TYPE_INT_ARGB);
        List<DecodedImage.Frame> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (Thread.currentThread().isInterrupted() || reader.abortRequested()) {
                throw new InterruptedIOException("decode cancelled");
            }
            FrameHeader frame = frames.get(i);
            BufferedImage pixels = SrgbConverter.toSrgb(reader.read(i, 1));
            if (pixels.getWidth() != frame.width() || pixels.getHeight() != frame.height()
                    || frame.x() + frame.width() > info.width() || frame.y() + frame.height() > info.height()) {
                throw ImageRejectedException.corrupt("WebP frame " + (i + 1) + " does not fit its header or the canvas");
            }
            Graphics2D g = canvas.createGraphics();
            g.setComposite(frame.blend() ? AlphaComposite.SrcOver : AlphaComposite.Src);
            g.drawImage(pixels, frame.x(), frame.y(), null);
            int type = info.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
            out.add(new DecodedImage.Frame(GifAnimator.copy(canvas, type), Duration.ofMillis(frame.durationMillis())));
            if (frame.dispose()) {
                g.setComposite(AlphaComposite.Clear);
                g.fillRect(frame.x(), frame.y(), frame.width(), frame.height());
            }
            g.dispose();
        }
        return out;
    }
}
