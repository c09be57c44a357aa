package io.mediadesk.engine.codec;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes composited frames as an animated GIF with the JDK writer: each frame a full canvas
 * (its own 256-colour palette, disposed to transparent before the next so no frame shows through
 * another's transparent pixels), its delay in centiseconds, and the NETSCAPE2.0 loop count.
 */
final class GifSequence {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifSequence() {
    }

    /** @param loops the NETSCAPE2.0 count, 0 = forever; {@link DecodedImage#NO_LOOP} writes none (played once) */
    static byte[] write(List<DecodedImage.Frame> frames, int loops) throws IOException {
        ImageWriter writer = Encoder.writer("gif", "com.sun.imageio.");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            boolean first = true;
            for (DecodedImage.Frame frame : frames) {
                BufferedImage image = frame.image();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
                configure(metadata, (int) Math.min(65_535, Math.round(frame.delay().toMillis() / 10.0)),
                        first ? loops : DecodedImage.NO_LOOP);
                first = false;
                writer.writeToSequence(new IIOImage(image, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void configure(IIOMetadata metadata, int delayCentis, int loops) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "restoreToBackgroundColor");
        control.setAttribute("delayTime", Integer.toString(delayCentis));
        if (loops != DecodedImage.NO_LOOP) {
            int count = Math.min(65_535, Math.max(0, loops));
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, (byte) count, (byte) (count >> 8)});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(FORMAT, root);
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
