package io.mediadesk.engine.codec;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Composites GIF frames onto the logical screen the way browsers do: each frame drawn at its
 * offset over what the previous disposal left, then disposed (keep, clear to transparent, or
 * restore the previous canvas). The JDK reader only hands out the raw frame rectangles.
 */
final class GifAnimator {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private record FrameInfo(int left, int top, String disposal, int delayCentis) {}

    private GifAnimator() {
    }

    static List<DecodedImage.Frame> composite(RasterReader reader, ImageInfo info, int frames) throws IOException {
        BufferedImage canvas = new BufferedImage(info.width(), info.height(), BufferedImage.TYPE_INT_ARGB);
        List<DecodedImage.Frame> out = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            if (Thread.currentThread().isInterrupted() || reader.abortRequested()) {
                throw new InterruptedIOException("decode cancelled");
            }
            FrameInfo frame = frameInfo(reader.metadata(i));
            BufferedImage previous = frame.disposal.equals("restoreToPrevious") ? copy(canvas, canvas.getType()) : null;
            BufferedImage pixels = SrgbConverter.toSrgb(reader.read(i, 1));
            Graphics2D g = canvas.createGraphics();
            g.drawImage(pixels, frame.left, frame.top, null);
            int type = info.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
            out.add(new DecodedImage.Frame(copy(canvas, type), Duration.ofMillis(10L * frame.delayCentis)));
            if (frame.disposal.equals("restoreToBackgroundColor")) {
                g.setComposite(AlphaComposite.Clear);
                g.fillRect(frame.left, frame.top, pixels.getWidth(), pixels.getHeight());
            } else if (previous != null) {
                canvas = previous;
            }
            g.dispose();
        }
        return out;
    }

    /**
     * The NETSCAPE2.0 loop count, which the JDK reader files under the image metadata of the frame
     * it precedes (frame 1 in practice); {@link DecodedImage#NO_LOOP} when there is none.
     */
    static int loops(RasterReader reader) throws IOException {
        Node root = reader.metadata(0).getAsTree(FORMAT);
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!child.getNodeName().equals("ApplicationExtensions")) continue;
            for (Node ext = child.getFirstChild(); ext != null; ext = ext.getNextSibling()) {
                Node id = ext.getAttributes().getNamedItem("applicationID");
                if (id != null && id.getNodeValue().equals("NETSCAPE") && ext instanceof IIOMetadataNode node
                        && node.getUserObject() instanceof byte[] data && data.length >= 3 && data[0] == 1) {
                    return (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
                }
            }
        }
        return DecodedImage.NO_LOOP;
    }

    private static FrameInfo frameInfo(IIOMetadata metadata) {
        Node root = metadata.getAsTree(FORMAT);
        int left = 0;
        int top = 0;
        String disposal = "none";
        int delay = 0;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            NamedNodeMap attributes = child.getAttributes();
            if (child.getNodeName().equals("ImageDescriptor")) {
                left = number(attributes, "imageLeftPosition");
                top = number(attributes, "imageTopPosition");
            } else if (child.getNodeName().equals("GraphicControlExtension")) {
                disposal = attributes.getNamedItem("disposalMethod").getNodeValue();
                delay = number(attributes, "delayTime");
            }
        }
        return new FrameInfo(left, top, disposal, delay);
    }

    private static int number(NamedNodeMap attributes, String name) {
        Node node = attributes.getNamedItem(name);
        return node == null ? 0 : Integer.parseInt(node.getNodeValue());
    }

    static BufferedImage copy(BufferedImage src, int type) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        int[] row = new int[src.getWidth()];
        for (int y = 0; y < src.getHeight(); y++) {
            src.getRGB(0, y, row.length, 1, row, 0, row.length);
            out.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
        return out;
    }
}
