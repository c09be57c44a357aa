package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Node;

/**
 * Test-side GIF, WebP and APNG animation files, written and read with the JDK GIF writer/reader,
 * a hand RIFF walk and a hand PNG chunk walk, never with the engine's codec classes, so the tests
 * check the engine against an independent reading.
 */
final class Animations {
    private static final String GIF = "javax_imageio_gif_image_1.0";

    /** One raw frame as stored: its rectangle, delay (centiseconds for GIF, ms for WebP) and pixels. */
    record Raw(BufferedImage image, int left, int top, int delay, String disposal) {}

    /** A file's frames and its loop count (-1: no loop extension). */
    record Animation(List<Raw> frames, int loops) {}

    private Animations() {
    }

    /** A frame of {@code w x h} in one opaque colour at (left, top). */
    static Raw frame(int w, int h, int rgb, int left, int top, int delayCentis, String disposal) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return new Raw(image, left, top, delayCentis, disposal);
    }

    /** Writes a GIF of these frames on a {@code width x height} screen, with a NETSCAPE loop count. */
    static byte[] gif(int width, int height, int loops, List<Raw> frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            IIOMetadata stream = writer.getDefaultStreamMetadata(null);
            IIOMetadataNode streamRoot = (IIOMetadataNode) stream.getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = child(streamRoot, "LogicalScreenDescriptor");
            screen.setAttribute("logicalScreenWidth", Integer.toString(width));
            screen.setAttribute("logicalScreenHeight", Integer.toString(height));
            screen.setAttribute("colorResolution", "8");
            screen.setAttribute("pixelAspectRatio", "0");
            stream.setFromTree("javax_imageio_gif_stream_1.0", streamRoot);
            writer.prepareWriteSequence(stream);
            boolean first = true;
            for (Raw frame : frames) {
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame.image()), null);
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(GIF);
                IIOMetadataNode descriptor = child(root, "ImageDescriptor");
                descriptor.setAttribute("imageLeftPosition", Integer.toString(frame.left()));
                descriptor.setAttribute("imageTopPosition", Integer.toString(frame.top()));
                IIOMetadataNode control = child(root, "GraphicControlExtension");
                control.setAttribute("disposalMethod", frame.disposal());
                control.setAttribute("delayTime", Integer.toString(frame.delay()));
                if (first && loops >= 0) {
                    IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
                    app.setAttribute("applicationID", "NETSCAPE");
                    app.setAttribute("authenticationCode", "2.0");
                    app.setUserObject(new byte[] {1, (byte) loops, (byte) (loops >> 8)});
                    child(root, "ApplicationExtensions").appendChild(app);
                }
                first = false;
                meta.setFromTree(GIF, root);
                writer.writeToSequence(new IIOImage(frame.image(), null, meta), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The raw frames of a GIF with the JDK reader (rectangles, delays, disposal) and its loop count. */
    static Animation readGif(byte[] bytes) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, false, false);
            int n = reader.getNumImages(true);
            List<Raw> frames = new ArrayList<>();
            int loops = -1;
            for (int i = 0; i < n; i++) {
                Node root = reader.getImageMetadata(i).getAsTree(GIF);
                int left = 0;
                int top = 0;
                int delay = 0;
                String disposal = "none";
                for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                    switch (c.getNodeName()) {
                        case "ImageDescriptor" -> {
                            left = attr(c, "imageLeftPosition");
                            top = attr(c, "imageTopPosition");
                        }
                        case "GraphicControlExtension" -> {
                            delay = attr(c, "delayTime");
                            disposal = c.getAttributes().getNamedItem("disposalMethod").getNodeValue();
                        }
                        case "ApplicationExtensions" -> {
                            for (Node a = c.getFirstChild(); a != null; a = a.getNextSibling()) {
                                byte[] data = (byte[]) ((IIOMetadataNode) a).getUserObject();
                                if (data != null && data.length >= 3 && data[0] == 1) loops = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
                            }
                        }
                        default -> { }
                    }
                }
                frames.add(new Raw(reader.read(i), left, top, delay, disposal));
            }
            return new Animation(frames, loops);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The frames of an animated WebP: pixels by TwelveMonkeys' reader (each frame's rectangle),
     * durations, offsets and the ANIM loop count by walking the RIFF chunks by hand.
     */
    static Animation readWebp(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (!new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) throw new IOException("not WebP");
        List<int[]> headers = new ArrayList<>();
        int loops = -1;
        int at = 12;
        while (at + 8 <= bytes.length) {
            String fourcc = new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
            int size = b.getInt(at + 4);
            if (fourcc.equals("ANIM")) loops = b.getShort(at + 8 + 4) & 0xFFFF;
            if (fourcc.equals("ANMF")) {
                int p = at + 8;
                headers.add(new int[] {u24(bytes, p) * 2, u24(bytes, p + 3) * 2, u24(bytes, p + 6) + 1, u24(bytes, p + 9) + 1,
                    u24(bytes, p + 12), bytes[p + 15]});
            }
            at += 8 + size + (size & 1);
        }
        ImageReader reader = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("webp"); it.hasNext(); ) {
            ImageReader candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.twelvemonkeys")) reader = candidate;
        }
        List<Raw> frames = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in);
            for (int i = 0; i < headers.size(); i++) {
                int[] h = headers.get(i);
                BufferedImage image = reader.read(i);
                if (image.getWidth() != h[2] || image.getHeight() != h[3]) throw new IOException("frame size differs from ANMF");
                frames.add(new Raw(image, h[0], h[1], h[4], "flags " + h[5]));
            }
        } finally {
            reader.dispose();
        }
        return new Animation(frames, loops);
    }

    /** One APNG frame as stored: its rectangle, delay in ms, dispose op (0 none, 1 background, 2 previous), blend op (0 source, 1 over). */
    record ApngRaw(BufferedImage image, int left, int top, int delayMillis, int dispose, int blend) {}

    /** A frame of {@code w x h} in one colour with alpha ({@code argb}) at (left, top). */
    static ApngRaw apngFrame(int w, int h, int argb, int left, int top, int delayMillis, int dispose, int blend) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return new ApngRaw(image, left, top, delayMillis, dispose, blend);
    }

    /**
     * Writes an APNG by hand (APNG 1.0): each frame encoded alone by the JDK PNG writer as RGBA,
     * its IDAT data put in IDAT (frame 1, when {@code hiddenDefault} is null) or fdAT chunks,
     * sequence numbers from 0, CRC32 on every chunk. With {@code hiddenDefault} the IDAT holds that
     * image instead, which is not part of the animation (no fcTL before it).
     */
    static byte[] apng(int width, int height, int plays, BufferedImage hiddenDefault, List<ApngRaw> frames) throws IOException {
        return apng(width, height, plays, hiddenDefault, frames, null);
    }

    /** As above, with an iCCP chunk holding {@code icc} (zlib-compressed) when it is not null. */
    static byte[] apng(int width, int height, int plays, BufferedImage hiddenDefault, List<ApngRaw> frames, byte[] icc)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        pngChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        if (icc != null) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            data.writeBytes("test\0\0".getBytes(StandardCharsets.ISO_8859_1));
            try (var z = new java.util.zip.DeflaterOutputStream(data)) {
                z.write(icc);
            }
            pngChunk(out, "iCCP", data.toByteArray());
        }
        pngChunk(out, "acTL", ByteBuffer.allocate(8).putInt(frames.size()).putInt(plays).array());
        int sequence = 0;
        if (hiddenDefault != null) {
            for (byte[] data : idat(rgba(hiddenDefault))) pngChunk(out, "IDAT", data);
        }
        for (int i = 0; i < frames.size(); i++) {
            ApngRaw f = frames.get(i);
            pngChunk(out, "fcTL", ByteBuffer.allocate(26).putInt(sequence++).putInt(f.image().getWidth())
                    .putInt(f.image().getHeight()).putInt(f.left()).putInt(f.top()).putShort((short) f.delayMillis())
                    .putShort((short) 1000).put((byte) f.dispose()).put((byte) f.blend()).array());
            for (byte[] data : idat(rgba(f.image()))) {
                if (i == 0 && hiddenDefault == null) {
                    pngChunk(out, "IDAT", data);
                } else {
                    pngChunk(out, "fdAT", ByteBuffer.allocate(4 + data.length).putInt(sequence++).put(data).array());
                }
            }
        }
        pngChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static BufferedImage rgba(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        out.getGraphics().drawImage(image, 0, 0, null);
        return out;
    }

    private static List<byte[]> idat(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        List<byte[]> out = new ArrayList<>();
        for (Object[] chunk : pngChunks(png.toByteArray())) {
            if (chunk[0].equals("IDAT")) out.add((byte[]) chunk[1]);
        }
        return out;
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(name);
        out.writeBytes(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Every chunk of a PNG file as {type, data}, each CRC checked. */
    static List<Object[]> pngChunks(byte[] png) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(png);
        List<Object[]> out = new ArrayList<>();
        int at = 8;
        while (at + 12 <= png.length) {
            int length = b.getInt(at);
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            byte[] data = java.util.Arrays.copyOfRange(png, at + 8, at + 8 + length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(png, at + 4, 4 + length);
            if ((int) crc.getValue() != b.getInt(at + 8 + length)) throw new IOException("CRC mismatch in " + type);
            out.add(new Object[] {type, data});
            at += 12 + length;
        }
        return out;
    }

    /**
     * The raw frames of an APNG (each fcTL's rectangle, delay in ms, "dispose D blend B", and its
     * data decoded by the JDK PNG reader as a PNG of its own, with the file's PLTE and tRNS) and
     * acTL's play count. CRCs and the
     * sequence numbers (0, 1, 2... over fcTL and fdAT) are checked on the way.
     */
    static Animation readApng(byte[] bytes) throws IOException {
        List<Object[]> chunks = pngChunks(bytes);
        byte[] ihdr = null;
        int plays = -1;
        int declared = -1;
        int sequence = 0;
        List<Raw> frames = new ArrayList<>();
        ByteBuffer control = null;
        List<byte[]> data = new ArrayList<>();
        List<Object[]> palette = new ArrayList<>();
        for (Object[] c : chunks) {
            String type = (String) c[0];
            byte[] d = (byte[]) c[1];
            ByteBuffer b = ByteBuffer.wrap(d);
            switch (type) {
                case "IHDR" -> ihdr = d;
                case "PLTE", "tRNS" -> palette.add(c);
                case "acTL" -> {
                    declared = b.getInt(0);
                    plays = b.getInt(4);
                }
                case "fcTL", "IEND" -> {
                    if (control != null) frames.add(apngFrame(ihdr, palette, control, data));
                    if (type.equals("fcTL")) {
                        if (b.getInt(0) != sequence++) throw new IOException("fcTL out of sequence");
                        control = b;
                        data = new ArrayList<>();
                    }
                }
                case "IDAT" -> {
                    if (control != null) data.add(d);
                }
                case "fdAT" -> {
                    if (b.getInt(0) != sequence++) throw new IOException("fdAT out of sequence");
                    data.add(java.util.Arrays.copyOfRange(d, 4, d.length));
                }
                default -> { }
            }
        }
        if (declared >= 0 && frames.size() != declared) throw new IOException("acTL says " + declared + ", found " + frames.size());
        return new Animation(frames, plays);
    }

    /**
     * The frames of an APNG as a viewer shows them (APNG 1.0): each raw frame drawn on a
     * {@code width x height} canvas at its offset, replacing its rectangle (blend 0) or over it
     * (blend 1, straight alpha), then left (dispose 0), cleared to transparent (1) or put back
     * (2). Written for the tests, independent of the engine's compositor.
     */
    static List<BufferedImage> coalesceApng(Animation animation, int width, int height) {
        int[] canvas = new int[width * height];
        List<BufferedImage> out = new ArrayList<>();
        for (Raw raw : animation.frames()) {
            String[] ops = raw.disposal().split(" ");
            int dispose = Integer.parseInt(ops[1]);
            int blend = Integer.parseInt(ops[3]);
            int[] saved = canvas.clone();
            BufferedImage f = raw.image();
            for (int y = 0; y < f.getHeight(); y++) {
                for (int x = 0; x < f.getWidth(); x++) {
                    int at = (raw.top() + y) * width + raw.left() + x;
                    int src = f.getRGB(x, y);
                    canvas[at] = blend == 0 ? src : over(src, canvas[at]);
                }
            }
            BufferedImage shown = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            shown.setRGB(0, 0, width, height, canvas, 0, width);
            out.add(shown);
            for (int y = 0; y < f.getHeight(); y++) {
                for (int x = 0; x < f.getWidth(); x++) {
                    int at = (raw.top() + y) * width + raw.left() + x;
                    if (dispose == 1) canvas[at] = 0;
                    if (dispose == 2) canvas[at] = saved[at];
                }
            }
        }
        return out;
    }

    private static int over(int src, int dst) {
        double as = (src >>> 24) / 255.0;
        double ad = (dst >>> 24) / 255.0;
        double a = as + ad * (1 - as);
        if (a == 0) return 0;
        int out = (int) Math.round(a * 255) << 24;
        for (int shift = 0; shift <= 16; shift += 8) {
            double c = ((src >>> shift & 0xFF) * as + (dst >>> shift & 0xFF) * ad * (1 - as)) / a;
            out |= (int) Math.round(c) << shift;
        }
        return out;
    }

    private static Raw apngFrame(byte[] ihdr, List<Object[]> palette, ByteBuffer control, List<byte[]> data)
            throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] header = ihdr.clone();
        ByteBuffer.wrap(header).putInt(control.getInt(4)).putInt(control.getInt(8));
        pngChunk(png, "IHDR", header);
        for (Object[] c : palette) pngChunk(png, (String) c[0], (byte[]) c[1]);
        for (byte[] d : data) pngChunk(png, "IDAT", d);
        pngChunk(png, "IEND", new byte[0]);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        int num = control.getShort(20) & 0xFFFF;
        int den = control.getShort(22) & 0xFFFF;
        int millis = (int) Math.round(1000.0 * num / (den == 0 ? 100 : den));
        return new Raw(image, control.getInt(12), control.getInt(16), millis,
                "dispose " + control.get(24) + " blend " + control.get(25));
    }

    private static int u24(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16;
    }

    private static int attr(Node node, String name) {
        Node a = node.getAttributes().getNamedItem(name);
        return a == null ? 0 : Integer.parseInt(a.getNodeValue());
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
