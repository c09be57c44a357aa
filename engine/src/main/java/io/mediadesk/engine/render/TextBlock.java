package io.mediadesk.engine.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The pixels of a text layer's block (docs/EFFECTS.md, "Text layers"): the text laid out in lines
 * inside a text box, the padding around it, the background under both.
 *
 * <ul>
 *   <li>Lines break at {@code \n}; with a wrap width ({@code w}) also greedily at spaces, and a
 *       word longer than the width is broken between characters.</li>
 *   <li>The text box is the wrap width wide (else the widest line's advance, rounded up) and
 *       {@code round(lines x pitch)} high; the pitch is {@code lh} px, else the font's ascent plus
 *       descent at {@code fs}. Each line's glyphs sit centred vertically in their pitch.</li>
 *   <li>{@code ia} aligns each line in the box: left, center (default), right.</li>
 *   <li>The image is the box plus padding; {@code bg} fills all of it (default transparent).</li>
 * </ul>
 *
 * @param font the font at its pixel size and style
 * @param align {@code left}, {@code center} or {@code right}
 * @param padding top, right, bottom, left in px
 * @param maxSide the largest side allowed: the caller's output limit, at most {@link #MAX_SIDE}
 */
record TextBlock(String text, Font font, Rgba colour, boolean strikethrough, String align, int[] padding,
                 OptionalDouble lineHeight, OptionalInt wrapWidth, Rgba background, int maxSide) {
    /** The service refuses text layers larger than this on a side (spec 7.7, 8). */
    static final int MAX_SIDE = 16383;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** The lines after breaking at newlines and, with a wrap width, at spaces. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (wrapWidth.isEmpty()) {
                out.add(paragraph);
                continue;
            }
            int limit = wrapWidth.getAsInt();
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (advance(candidate) <= limit) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (advance(rest) > limit && rest.length() > 1) {
                    int cut = 1;
                    while (cut < rest.length() && advance(rest.substring(0, cut + 1)) <= limit) {
                        cut++;
                    }
                    out.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }

    double advance(String s) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
    }

    double pitch() {
        LineMetrics m = font.getLineMetrics("Hg", FRC);
        return lineHeight.orElse(m.getAscent() + m.getDescent());
    }

    BufferedImage render() {
        List<String> lines = lines();
        int boxWidth = wrapWidth.orElseGet(() -> (int) Math.max(1, Math.ceil(lines.stream().mapToDouble(this::advance)
                .max().orElse(0) - 1e-9)));
        double pitch = pitch();
        int boxHeight = (int) Math.max(1, Math.floor(lines.size() * pitch + 0.5));
        long width = (long) padding[3] + boxWidth + padding[1];
        long height = (long) padding[0] + boxHeight + padding[2];
        int limit = Math.min(MAX_SIDE, maxSide);
        if (width > limit || height > limit) {
            throw new io.mediadesk.engine.plan.PlanningException("l-text", "makes a " + width + "x" + height
                    + " text block; the largest side allowed is " + limit + " px");
        }
        BufferedImage out = Pixels.create((int) width, (int) height, true);
        int[] px = Pixels.of(out);
        java.util.Arrays.fill(px, background.argb());
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Colors.awt(colour));
            LineMetrics m = font.getLineMetrics("Hg", FRC);
            double glyphs = m.getAscent() + m.getDescent();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    continue;
                }
                double slack = boxWidth - advance(line);
                double x = padding[3] + switch (align) {
                    case "left" -> 0;
                    case "right" -> slack;
                    default -> slack / 2;
                };
                double baseline = padding[0] + i * pitch + (pitch - glyphs) / 2 + m.getAscent();
                AttributedString styled = new AttributedString(line);
                styled.addAttribute(TextAttribute.FONT, font);
                if (strikethrough) {
                    styled.addAttribute(TextAttribute.STRIKETHROUGH, TextAttribute.STRIKETHROUGH_ON);
                }
                g.drawString(styled.getIterator(), (float) x, (float) baseline);
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
