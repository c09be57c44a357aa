package io.mediadesk.engine.codec;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size of an SVG document from its root element, and the checks that make it safe to hand
 * to the rasteriser ({@link SvgRaster}): at most {@link #MAX_BYTES}, UTF-8 (or ASCII), no
 * document type declaration at all (so no entities, internal or external: XXE and
 * "billion laughs" are refused before any parser sees them, and the parsers run with DTDs off
 * too), and a declared size within {@link #MAX_SIDE} per side. Only the root element is read.
 *
 * <p>Size, as browsers do it: {@code width}/{@code height} in px (unitless), pt, pc, mm, cm,
 * in (96 px per inch) or em/ex (16 / 8 px); a missing or percentage side follows the viewBox's
 * aspect from the other side, or is the viewBox's own size; with neither, 300 x 150 (the CSS
 * size of a replaced element).
 */
final class SvgHeader {
    /** Larger SVG sources are refused: real icons and logos are kilobytes. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The service's own cap on an output side (spec section 8), and far beyond any real SVG. */
    static final int MAX_SIDE = 16_383;

    private static final Pattern LENGTH = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(px|pt|pc|mm|cm|in|em|ex|%)?\\s*");
    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private SvgHeader() {
    }

    static ImageInfo read(ByteReader in) {
        String text = text(in);
        double[] size = size(rootAttributes(text));
        return ImageInfo.still(ImageFormat.SVG, (int) size[0], (int) size[1], true, 8, ColourModel.RGB);
    }

    /** The whole document as text, after the size, encoding and DTD checks. */
    static String text(ByteReader in) {
        if (in.size() > MAX_BYTES) {
            throw new ImageRejectedException(Reason.OVER_FILE_SIZE_LIMIT, "The SVG is " + in.size()
                    + " bytes, over the " + MAX_BYTES / (1024 * 1024) + " MB limit for SVG sources");
        }
        in.seek(0);
        byte[] bytes = in.bytes((int) in.size());
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher declared = ENCODING.matcher(text);
        if (declared.find()) {
            String encoding = declared.group(1).toLowerCase(Locale.ROOT);
            if (!encoding.equals("utf-8") && !encoding.equals("us-ascii") && !encoding.equals("ascii")) {
                throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT,
                        "SVG in the " + declared.group(1) + " encoding is not accepted (UTF-8 only)");
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("<!doctype") || lower.contains("<!entity")) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, "SVG with a document type declaration"
                    + " (DTD or entities) is not accepted: it can read local files or expand without end");
        }
        return text;
    }

    /** width, height and viewBox of the root {@code <svg>}; null where absent. */
    static String[] rootAttributes(String text) {
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.factory().createXMLStreamReader(new StringReader(text));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    if (!reader.getLocalName().equals("svg")) {
                        throw ImageRejectedException.corrupt("the document's root element is <" + reader.getLocalName()
                                + ">, not <svg>");
                    }
                    return new String[] {reader.getAttributeValue(null, "width"), reader.getAttributeValue(null, "height"),
                        reader.getAttributeValue(null, "viewBox")};
                }
            }
            throw ImageRejectedException.corrupt("SVG without a root element");
        } catch (XMLStreamException e) {
            throw new ImageRejectedException(Reason.CORRUPT, "The SVG is not well-formed XML: " + e.getMessage(), e);
        } finally {
            close(reader);
        }
    }

    /** The pixel size {width, height} the attributes declare, checked against {@link #MAX_SIDE}. */
    static double[] size(String[] attributes) {
        double width = length(attributes[0]);
        double height = length(attributes[1]);
        double[] box = viewBox(attributes[2]);
        if (box != null) {
            if (Double.isNaN(width) && Double.isNaN(height)) {
                width = box[2];
                height = box[3];
            } else if (Double.isNaN(width)) {
                width = height * box[2] / box[3];
            } else if (Double.isNaN(height)) {
                height = width * box[3] / box[2];
            }
        } else {
            if (Double.isNaN(width)) width = 300;
            if (Double.isNaN(height)) height = 150;
        }
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw ImageRejectedException.corrupt("the SVG declares no usable size (" + attributes[0] + " x " + attributes[1] + ")");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new ImageRejectedException(Reason.OVER_PIXEL_LIMIT, String.format(Locale.ROOT,
                    "The SVG declares %.0f x %.0f px, over the limit of %d px a side", width, height, MAX_SIDE));
        }
        return new double[] {Math.max(1, Math.round(width)), Math.max(1, Math.round(height))};
    }

    /** A length in px; NaN when absent or a percentage (it then follows the viewBox). */
    static double length(String value) {
        if (value == null || value.isBlank()) return Double.NaN;
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) throw ImageRejectedException.corrupt("the SVG size \"" + value + "\" is not a length");
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2);
        return switch (unit) {
            case "%" -> Double.NaN;
            case "pt" -> number * 96 / 72;
            case "pc" -> number * 16;
            case "mm" -> number * 96 / 25.4;
            case "cm" -> number * 96 / 2.54;
            case "in" -> number * 96;
            case "em" -> number * 16;
            case "ex" -> number * 8;
            default -> number;
        };
    }

    /** {minX, minY, width, height}, or null when absent; a non-positive size is damage. */
    static double[] viewBox(String value) {
        if (value == null || value.isBlank()) return null;
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) throw ImageRejectedException.corrupt("the SVG viewBox \"" + value + "\" is not four numbers");
        double[] box = new double[4];
        try {
            for (int i = 0; i < 4; i++) box[i] = Double.parseDouble(parts[i]);
        } catch (NumberFormatException e) {
            throw ImageRejectedException.corrupt("the SVG viewBox \"" + value + "\" is not four numbers");
        }
        if (!(box[2] > 0) || !(box[3] > 0) || Double.isInfinite(box[2]) || Double.isInfinite(box[3])) {
            throw ImageRejectedException.corrupt("the SVG viewBox \"" + value + "\" has no area");
        }
        return box;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) return;
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing was open beyond the string
        }
    }
}
