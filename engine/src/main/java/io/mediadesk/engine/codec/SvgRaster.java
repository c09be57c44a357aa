package io.mediadesk.engine.codec;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.ResourcePolicy;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.renderer.awt.NullPlatformSupport;
import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Rasterises an SVG with JSVG (com.github.weisj:jsvg, MIT, pure Java, no dependencies), which
 * has no scripting at all ({@code <script>} and {@code on*} attributes are ignored) and here
 * runs with the policy {@link ResourcePolicy#DENY_ALL}: no {@code <image href>},
 * {@code xlink:href} or {@code <use>} of another file is resolved, whether a local path, a
 * {@code file:} URL, http(s) or an embedded {@code data:} image (which would bypass the raster
 * limits); such elements render as nothing. The text was screened by {@link SvgHeader} first
 * (no DTD, size caps), and JSVG's own parser has DTDs off as well.
 *
 * <p>Vector input is drawn at the size the caller will use (the plan's first resize), never
 * drawn small and then scaled up: the document's viewBox is stretched onto the target box.
 */
final class SvgRaster {
    /** Nesting depth, {@code <use>} depth and path count: far beyond a logo, short of a bomb. */
    private static final DocumentLimits LIMITS = new DocumentLimits(64, 16, 100_000);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SvgRaster.class);

    /**
     * JSVG reports what it skips (an unknown CSS rule, a refused reference) through
     * java.util.logging, which would print to the console of a CLI run; those go to our debug log.
     * Held here because java.util.logging keeps its loggers weakly.
     */
    private static final java.util.logging.Logger JSVG_LOG = java.util.logging.Logger.getLogger("com.github.weisj.jsvg");

    static {
        JSVG_LOG.setUseParentHandlers(false);
        JSVG_LOG.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                LOG.debug("jsvg: {}", record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private SvgRaster() {
    }

    static BufferedImage render(Path file, ImageInfo info, DecodeOptions options, Limits limits) throws IOException {
        String text;
        try (ByteReader in = ByteReader.of(file)) {
            text = SvgHeader.text(in);
        }
        int[] size = targetSize(info, options);
        if ((long) size[0] * size[1] > limits.maxInputPixels() || size[0] > SvgHeader.MAX_SIDE || size[1] > SvgHeader.MAX_SIDE) {
            throw new ImageRejectedException(Reason.OVER_PIXEL_LIMIT, "Drawing the SVG at " + size[0] + " x " + size[1]
                    + " exceeds the resolution limit");
        }
        LoaderContext context = LoaderContext.builder()
                .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                .resourceLoader((document, uri) -> {
                    throw new IOException("external resources are not loaded: " + uri);
                })
                .documentLimits(LIMITS)
                .build();
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null,
                context);
        if (document == null) throw ImageRejectedException.corrupt("the SVG could not be parsed");
        BufferedImage out = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(size[0] / (double) info.width(), size[1] / (double) info.height());
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, g, new ViewBox(info.width(), info.height()));
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The caller's target (one side 0: follows the other) or, with none, the declared size. */
    static int[] targetSize(ImageInfo info, DecodeOptions options) {
        int w = options.targetWidth();
        int h = options.targetHeight();
        if (w == 0 && h == 0) return new int[] {info.width(), info.height()};
        if (w == 0) w = (int) Math.max(1, Math.round(h * (double) info.width() / info.height()));
        if (h == 0) h = (int) Math.max(1, Math.round(w * (double) info.height() / info.width()));
        return new int[] {w, h};
    }
}
