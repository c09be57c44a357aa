package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.transform.Transformation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GradientPaint;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Renderer#renderPreview}: the real render made smaller, the real facts. The reference is
 * the real render ({@link Renderer#renderPixels}, lossless PNG so that no encoder noise counts)
 * made smaller by Java2D's area-averaging filter ({@link Image#SCALE_AREA_AVERAGING}), which
 * shares no code with the engine's resampler; the preview must match it pixel by pixel within a
 * small mean difference, on operations that each put a length or a position to the test.
 */
class RenderPreviewTest {
    /** The preview box: the test photo's full-size outputs are shown at about a quarter. */
    private static final int BOX = 400;
    /**
     * Mean absolute difference per channel (0-255) allowed between the preview and the reference.
     * Measured 0.03-0.9 on these cases; an effect left unscaled measures 2.9 ({@code bl-10}) to 12.8
     * ({@code r-120}), a stage one pixel off in place about 1-2.
     */
    private static final double MEAN_TOLERANCE = 1.5;

    private static Renderer renderer;

    @TempDir
    static Path tmp;
    static Path photo;

    @BeforeAll
    static void images() throws Exception {
        photo = tmp.resolve("photo.png");
        ImageIO.write(scene(1600, 1200), "png", photo.toFile());
        Path library = Files.createDirectories(tmp.resolve("library"));
        ImageIO.write(TestImages.solid(120, 80, 0xFF20C020, false), "png", library.resolve("logo.png").toFile());
        renderer = Renderer.forPreview(Limits.DEFAULT, 1, 2).useLayerSource(new FolderLayerSource(library));
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    /**
     * Smooth gradients (so resampling differences stay small) with large shapes that are not
     * symmetric in either axis (so a crop, flip or turn in the wrong place shows).
     */
    static BufferedImage scene(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 160), w, h, new Color(240, 200, 60)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(200, 30, 30));
        g.fillOval(w / 10, h / 8, w / 3, h / 3);
        g.setColor(new Color(20, 140, 60));
        g.fillRect(w * 6 / 10, h * 6 / 10, w / 4, h / 5);
        g.setColor(Color.WHITE);
        g.fillRect(w / 2, h / 10, w / 40, h / 2);
        g.dispose();
        return image;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "f-png",                                              // the source itself, a quarter
        "w-1200,h-600,f-png",                                 // resize + crop (maintain_ratio)
        "cm-extract,x-100,y-200,w-900,h-700,f-png",           // a crop box in source pixels
        "rt-90,f-png",                                        // a turn: the axes swap
        "rt-30,bg-FFFFFF,f-png",                              // an arbitrary angle onto a bigger canvas
        "fl-h,f-png",
        "fl-v:rt-270,f-png",
        "w-1400,h-1400,cm-pad_resize,bg-FF0000,f-png",        // pad: canvas and position
        "b-40_0000FF,f-png",                                  // a border 40 px wide: 10 px in the preview
        "r-120,f-png",                                        // corner radii (alpha kept by PNG)
        "bl-10,f-png",                                        // a blur sigma in source pixels
        "e-sharpen-40,f-png",
        "e-usm-2-1-3-0,f-png",
        "e-grayscale,f-png",
        "cm-extract,x-700,y-300,w-200,h-100:w-1600,f-png",    // a small crop enlarged: detail kept before the resize
        "l-text,i-Preview,fs-160,co-FFFFFF,lx-100,ly-700,l-end,f-png",
        "l-image,i-ik_canvas,bg-00FF00,w-300,h-200,lx-900,ly-100,l-end,f-png",
        "l-image,i-logo.png,w-400,lx-N50,ly-N50,l-end,f-png", // a library image planned against the full-size base
        "w-1200:b-20_FFFFFF:rt-90:r-60,f-png",                // a chain
    })
    void thePreviewIsTheRealRenderMadeSmaller(String text) {
        Transformation t = Transformation.parse(text);
        RenderedPixels real = renderer.renderPixels(photo, t);
        PreviewPixels preview = renderer.renderPreview(photo, t, BOX, BOX);

        // the facts are the real output's, whatever size the preview pixels are
        assertThat(preview.outputWidth()).isEqualTo(real.width());
        assertThat(preview.outputHeight()).isEqualTo(real.height());
        assertThat(preview.format()).isEqualTo(real.info().format());
        assertThat(preview.notices()).isEqualTo(real.info().notices());
        // the preview fits the box and keeps the output's shape to within a pixel
        double scale = Math.min(1, Math.min(BOX / (double) real.width(), BOX / (double) real.height()));
        assertThat(Math.max(preview.width(), preview.height())).isLessThanOrEqualTo(BOX + 1);
        assertThat(preview.width()).isCloseTo((int) Math.round(real.width() * scale), org.assertj.core.data.Offset.offset(2));
        assertThat(preview.height()).isCloseTo((int) Math.round(real.height() * scale), org.assertj.core.data.Offset.offset(2));

        int[] reference = areaAveraged(real, preview.width(), preview.height());
        assertThat(meanDifference(preview.argb(), reference)).as("mean difference for %s", text).isLessThan(MEAN_TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void anExifOrientedPhotoIsTurnedUprightAndCutWhereTheRealRenderCutsIt(int orientation) {
        // A real photo, where a crop half a preview pixel off shows: mean difference 5.8 before leading
        // crops were cut at full size; now 1.57, what the engine's own resize of the real output gives.
        Path file = Path.of("/work/shared/corpus/orient_" + orientation + ".jpg");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(file), "the corpus is not here");
        Transformation t = Transformation.parse("cm-extract,x-40,y-100,w-300,h-400,f-png"); // upright 480x720 coordinates
        RenderedPixels real = renderer.renderPixels(file, t);
        PreviewPixels preview = renderer.renderPreview(file, t, 150, 150);
        assertThat(preview.outputWidth()).isEqualTo(300);
        assertThat(preview.outputHeight()).isEqualTo(400);
        assertThat(preview.height()).isEqualTo(150);
        assertThat(meanDifference(preview.argb(), areaAveraged(real, preview.width(), preview.height())))
                .isLessThan(2.5); // the two filters alone differ by 1.57 on this photo
    }

    @Test
    void aSmartCropFindsNearlyTheSameWindowOnTheSmallCopy() {
        // Saliency looks at a reduction of about 256 px either way, but its grid falls differently on
        // the copy, so the window may move by a few source pixels: a looser bound (measured 2.3)
        Transformation t = Transformation.parse("fo-auto,w-800,h-1000,f-png");
        RenderedPixels real = renderer.renderPixels(photo, t);
        PreviewPixels preview = renderer.renderPreview(photo, t, BOX, BOX);
        assertThat(preview.outputWidth()).isEqualTo(800);
        assertThat(preview.outputHeight()).isEqualTo(1000);
        assertThat(meanDifference(preview.argb(), areaAveraged(real, preview.width(), preview.height()))).isLessThan(4.0);
    }

    @Test
    void aSmallOutputIsRenderedAtItsOwnSize() {
        Transformation t = Transformation.parse("w-300,h-200,f-png");
        PreviewPixels preview = renderer.renderPreview(photo, t, BOX, BOX);
        RenderedPixels real = renderer.renderPixels(photo, t);
        assertThat(preview.fullSize()).isTrue();
        assertThat(preview.width()).isEqualTo(300);
        assertThat(preview.height()).isEqualTo(200);
        // PNG is lossless, so only the decode differs: the render reads every 4th row and column of
        // the source before resizing, the preview the whole source (kept for the next keystroke)
        assertThat(meanDifference(preview.argb(), real.argb())).isLessThan(1.0);
    }

    @Test
    void aFullSizeOutputIsPreviewedAtTheBoxNotAtItsSize() {
        PreviewPixels preview = renderer.renderPreview(photo, Transformation.parse("rt-90"), 300, 500);
        assertThat(preview.outputWidth()).isEqualTo(1200);
        assertThat(preview.outputHeight()).isEqualTo(1600);
        assertThat(preview.width()).isEqualTo(300);
        assertThat(preview.height()).isEqualTo(400);
        assertThat(preview.fullSize()).isFalse();
        assertThat(preview.format()).isEqualTo(OutputFormat.PNG);
    }

    @Test
    void anOutputWithoutAlphaIsFlattenedAsTheEncoderWould() {
        // r-max cuts the corners to transparent; JPEG has no alpha, so they are the background, white
        PreviewPixels preview = renderer.renderPreview(photo, Transformation.parse("r-max,f-jpg"), BOX, BOX);
        int corner = preview.argb()[0];
        assertThat(corner).isEqualTo(0xFFFFFFFF);
        PreviewPixels png = renderer.renderPreview(photo, Transformation.parse("r-max,f-png"), BOX, BOX);
        assertThat(png.argb()[0] >>> 24).isZero();
    }

    @Test
    void whatCannotBeScaledIsRenderedFullSizeAndMadeSmaller() {
        // t-true finds its box in the pixels: no scaled path, yet the same picture and the true size
        Transformation t = Transformation.parse("b-100_FFFFFF:t-true,f-png");
        RenderedPixels real = renderer.renderPixels(photo, t);
        PreviewPixels preview = renderer.renderPreview(photo, t, BOX, BOX);
        assertThat(preview.outputWidth()).isEqualTo(1600);
        assertThat(preview.outputHeight()).isEqualTo(1200);
        assertThat(meanDifference(preview.argb(), areaAveraged(real, preview.width(), preview.height())))
                .isLessThan(MEAN_TOLERANCE);
    }

    @Test
    void anExactRenderNoLongerWantedStopsBeforeTheNextOperation() {
        Transformation t = Transformation.parse("w-800:rt-90:bl-5,f-png"); // resize, rotate, blur
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> renderer.renderPixels(photo, t, () -> asked.incrementAndGet() > 2))
                .isInstanceOf(EngineException.class).hasMessageContaining("abandoned");
        assertThat(asked.get()).isEqualTo(3); // yes at the third question: before the blur, nothing encoded
        AtomicInteger wanted = new AtomicInteger();
        assertThat(renderer.renderPixels(photo, t, () -> wanted.incrementAndGet() < 0).height()).isEqualTo(800);
        assertThat(wanted.get()).isEqualTo(5); // three operations, the encode, the read-back
    }

    @Test
    void refusalsAreTheRealRendersRefusals() {
        assertThatThrownBy(() -> renderer.renderPreview(photo, Transformation.parse("e-bgremove"), BOX, BOX))
                .isInstanceOf(NotRenderableException.class).hasMessageContaining("e-bgremove");
        assertThatThrownBy(() -> renderer.renderPreview(photo, Transformation.parse("w-100"), 0, BOX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The real pixels made {@code w x h} by Java2D's area averaging, compared composited on white. */
    private static int[] areaAveraged(RenderedPixels real, int w, int h) {
        BufferedImage full = new BufferedImage(real.width(), real.height(), BufferedImage.TYPE_INT_ARGB);
        full.setRGB(0, 0, real.width(), real.height(), real.argb(), 0, real.width());
        Image scaled = full.getScaledInstance(w, h, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(scaled, 0, 0, null);
        g.dispose();
        return out.getRGB(0, 0, w, h, null, 0, w);
    }

    /** Mean over pixels and the three colour channels of |a - b|, both composited on white. */
    static double meanDifference(int[] a, int[] b) {
        assertThat(a).hasSameSizeAs(b);
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs(onWhite(a[i], shift) - onWhite(b[i], shift));
            }
        }
        return sum / (3.0 * a.length);
    }

    private static int onWhite(int argb, int shift) {
        int alpha = argb >>> 24;
        int c = argb >> shift & 0xFF;
        return (c * alpha + 255 * (255 - alpha) + 127) / 255;
    }
}
