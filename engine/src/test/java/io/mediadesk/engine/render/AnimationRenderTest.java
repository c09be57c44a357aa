package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Animated GIF and WebP through the whole renderer (APNG: {@link ApngTest}), checked by construction (a 4-frame GIF with
 * known colours, offsets, disposals, delays and loop count, written by the JDK writer in the
 * test) and against ImageMagick's coalesced, resized frames of the corpus animations
 * ({@code golden/animation/README.md}). Outputs are read back with the JDK GIF reader and a hand
 * RIFF walk ({@link Animations}), not with the engine.
 */
class AnimationRenderTest {
    private static final int RED = 0xFF0000;
    private static final int BLUE = 0x0000FF;
    private static final int LIME = 0x00FF00;
    private static final int YELLOW = 0xFFFF00;
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    /**
     * 80x60 screen, loop 3: (1) red, 10 cs; (2) blue 20x16 at 12,8, 20 cs, kept; (3) lime 24x12
     * at 40,28, 30 cs, restore-to-previous; (4) yellow 16x16 at 64,0, 40 cs. Composited, frame 4
     * is red + blue + yellow: the lime of frame 3 was taken back.
     */
    private Path synthetic() throws IOException {
        byte[] gif = Animations.gif(80, 60, 3, List.of(
                Animations.frame(80, 60, RED, 0, 0, 10, "none"),
                Animations.frame(20, 16, BLUE, 12, 8, 20, "none"),
                Animations.frame(24, 12, LIME, 40, 28, 30, "restoreToPrevious"),
                Animations.frame(16, 16, YELLOW, 64, 0, 40, "none")));
        return Files.write(dir.resolve("four.gif"), gif);
    }

    /** Expected colours at four points of the 40x30 half-size output, per frame: red, blue, lime, yellow spots. */
    private static final int[][] SPOTS = {{5, 25}, {11, 8}, {26, 17}, {36, 4}};
    private static final int[][] EXPECTED = {
        {RED, RED, RED, RED},
        {RED, BLUE, RED, RED},
        {RED, BLUE, LIME, RED},
        {RED, BLUE, RED, YELLOW}};

    @Test
    void aResizedAnimatedGifKeepsEveryFrameItsDelayAndItsLoopCount() throws IOException {
        byte[] out = render(synthetic(), "w-40", Optional.empty());
        Animations.Animation anim = Animations.readGif(out);
        assertThat(anim.frames()).hasSize(4);
        assertThat(anim.loops()).isEqualTo(3);
        assertThat(anim.frames()).extracting(Animations.Raw::delay).containsExactly(10, 20, 30, 40);
        for (int f = 0; f < 4; f++) {
            Animations.Raw frame = anim.frames().get(f);
            assertThat(new int[] {frame.left(), frame.top(), frame.image().getWidth(), frame.image().getHeight()})
                    .as("frame %d is a full canvas", f + 1).containsExactly(0, 0, 40, 30);
            for (int s = 0; s < SPOTS.length; s++) {
                assertColour(frame.image(), SPOTS[s][0], SPOTS[s][1], EXPECTED[f][s], 8, "frame " + (f + 1) + " spot " + s);
            }
        }
    }

    @Test
    void rotationTurnsEveryFrameAlike() throws IOException {
        Animations.Animation anim = Animations.readGif(render(synthetic(), "w-40,rt-90", Optional.empty()));
        assertThat(anim.frames()).hasSize(4);
        for (int f = 0; f < 4; f++) {
            BufferedImage image = anim.frames().get(f).image();
            assertThat(image.getWidth()).isEqualTo(30);
            assertThat(image.getHeight()).isEqualTo(40);
            for (int s = 0; s < SPOTS.length; s++) {
                // clockwise: (x, y) of the upright 40x30 lands at (29 - y, x)
                assertColour(image, 29 - SPOTS[s][1], SPOTS[s][0], EXPECTED[f][s], 8, "frame " + (f + 1) + " spot " + s);
            }
        }
    }

    @Test
    void aLayerIsCompositedOnEveryFrame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 1)) {
            renderer.useLayerSource(new FolderLayerSource(EffectRendering.LIBRARY));
            // logo.png: 12x8 opaque blue, put at the bottom-right corner of the 40x30 output
            renderer.render(synthetic(), Transformation.parse("w-40:l-image,i-logo.png,t-false,lx-28,ly-22,l-end"),
                    Optional.empty(), out);
        }
        Animations.Animation anim = Animations.readGif(out.toByteArray());
        assertThat(anim.frames()).hasSize(4);
        for (int f = 0; f < 4; f++) {
            BufferedImage image = anim.frames().get(f).image();
            assertColour(image, 33, 26, BLUE, 8, "the logo on frame " + (f + 1));
            for (int s = 0; s < SPOTS.length; s++) {
                assertColour(image, SPOTS[s][0], SPOTS[s][1], EXPECTED[f][s], 8, "frame " + (f + 1) + " spot " + s);
            }
        }
    }

    @Test
    void anAnimatedWebpOutputKeepsFramesDurationsAndLoops() throws IOException {
        byte[] out = render(synthetic(), "w-40,f-webp,lo-true", Optional.empty());
        Animations.Animation anim = Animations.readWebp(out);
        assertThat(anim.frames()).hasSize(4);
        assertThat(anim.loops()).isEqualTo(3);
        assertThat(anim.frames()).extracting(Animations.Raw::delay).containsExactly(100, 200, 300, 400);
        for (int f = 0; f < 4; f++) {
            BufferedImage image = anim.frames().get(f).image();
            assertThat(image.getWidth()).isEqualTo(40);
            for (int s = 0; s < SPOTS.length; s++) {
                assertColour(image, SPOTS[s][0], SPOTS[s][1], EXPECTED[f][s], 8, "frame " + (f + 1) + " spot " + s);
            }
        }
    }

    @Test
    void theRendererReportsTheOutputAsAnimationFromTheFileExtension() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendered rendered = RENDERER.render(synthetic(), Transformation.parse("w-40"), Optional.of(OutputFormat.WEBP), out);
        assertThat(rendered.format()).isEqualTo(OutputFormat.WEBP);
        assertThat(rendered.bytes()).isEqualTo(out.size());
        assertThat(Animations.readWebp(out.toByteArray()).frames()).hasSize(4);
    }

    @Test
    void anAnimatedGifWrittenAsPngBecomesAnApngWithEveryFrameItsDelayAndItsLoopCount() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendered rendered = RENDERER.render(synthetic(), Transformation.parse("w-40,f-png"), Optional.empty(), out);
        assertThat(rendered.format()).isEqualTo(OutputFormat.PNG);
        assertThat(rendered.notices()).noneMatch(n -> n.contains("frame 1 only"));
        Animations.Animation anim = Animations.readApng(out.toByteArray());
        assertThat(anim.loops()).as("the GIF's loop count, as WebP gets it").isEqualTo(3);
        assertThat(anim.frames()).extracting(Animations.Raw::delay).containsExactly(100, 200, 300, 400);
        List<BufferedImage> shown = Animations.coalesceApng(anim, 40, 30);
        for (int f = 0; f < 4; f++) {
            BufferedImage frame = shown.get(f);
            for (int s = 0; s < SPOTS.length; s++) {
                assertColour(frame, SPOTS[s][0], SPOTS[s][1], EXPECTED[f][s], 8, "APNG frame " + (f + 1) + " spot " + s);
            }
        }
    }

    @Test
    void aStillOutputIsFrameOneWithANotice() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendered rendered = RENDERER.render(synthetic(), Transformation.parse("w-40,f-jpg"), Optional.empty(), out);
        BufferedImage still = ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(still.getWidth()).isEqualTo(40);
        assertColour(still, 11, 8, RED, 8, "frame 1 has no blue yet");
        assertThat(rendered.notices()).anyMatch(n -> n.contains("frame 1 only"));
    }

    @Test
    void pgPicksOneFrameAsAStill() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendered rendered = RENDERER.render(synthetic(), Transformation.parse("w-40,pg-3,f-png"), Optional.empty(), out);
        BufferedImage still = ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        for (int s = 0; s < SPOTS.length; s++) {
            assertColour(still, SPOTS[s][0], SPOTS[s][1], EXPECTED[2][s], 8, "frame 3 spot " + s);
        }
        assertThat(rendered.notices()).anyMatch(n -> n.contains("frame 3 of 4"));
        // a GIF output with pg is a one-frame GIF of that frame
        Animations.Animation one = Animations.readGif(render(synthetic(), "w-40,pg-4", Optional.empty()));
        assertThat(one.frames()).hasSize(1);
        for (int s = 0; s < SPOTS.length; s++) {
            assertColour(one.frames().get(0).image(), SPOTS[s][0], SPOTS[s][1], EXPECTED[3][s], 8, "frame 4 spot " + s);
        }
    }

    @Test
    void pgBeyondTheFramesListsRangesAndLayersAreRefusedByName() throws IOException {
        Path gif = synthetic();
        assertThatThrownBy(() -> render(gif, "pg-9", Optional.empty()))
                .isInstanceOf(io.mediadesk.engine.plan.PlanningException.class).hasMessageContaining("has 4 frames");
        assertThatThrownBy(() -> render(gif, "pg-1_3", Optional.empty()))
                .isInstanceOf(NotRenderableException.class).hasMessageContaining("not rendered by the local engine yet: pg-1_3");
        assertThatThrownBy(() -> EffectRendering.render("l-image,i-logo.png,pg-2,l-end", TestImages.numbered(4, 4, false)))
                .isInstanceOf(NotRenderableException.class).hasMessageContaining("l-image > pg-2");
        Path png = dir.resolve("still.png");
        ImageIO.write(TestImages.numbered(8, 8, false), "png", png.toFile());
        assertThatThrownBy(() -> render(png, "pg-2", Optional.empty()))
                .isInstanceOf(io.mediadesk.engine.plan.PlanningException.class).hasMessageContaining("has 1 frame");
        assertThat(render(png, "pg-1", Optional.empty())).isNotEmpty();
    }

    @Test
    void aStillRenderIsFrameOneEvenAsWebpAndIgnoresTheFrameCap() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Renderer capped = new Renderer(Limits.DEFAULT.withMaxFrames(2), 1)) {
            capped.renderStill(synthetic(), Transformation.parse("w-40"), Optional.of(OutputFormat.WEBP), out);
        }
        Animations.Animation anim = Animations.readWebp(out.toByteArray());
        assertThat(anim.frames()).as("a still WebP has no ANMF chunk").isEmpty();
        BufferedImage still = ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertColour(still, 11, 8, RED, 8, "frame 1");
    }

    @Test
    void theFrameCapAndTheSummedPixelCapRefuseAnAnimationByName() throws IOException {
        Path gif = synthetic();
        try (Renderer capped = new Renderer(Limits.DEFAULT.withMaxFrames(3), 1)) {
            assertThatThrownBy(() -> capped.render(gif, Transformation.parse("w-40"), Optional.empty(), new ByteArrayOutputStream()))
                    .isInstanceOf(ImageRejectedException.class)
                    .hasMessageContaining("4 frames, over the limit of 3")
                    .satisfies(e -> assertThat(((ImageRejectedException) e).reason())
                            .isEqualTo(ImageRejectedException.Reason.OVER_FRAME_LIMIT));
            // a still output decodes frame 1 only, so the frame cap does not apply
            capped.render(gif, Transformation.parse("w-40,f-jpg"), Optional.empty(), new ByteArrayOutputStream());
        }
        try (Renderer capped = new Renderer(Limits.DEFAULT.withMaxInputPixels(80 * 60 * 3), 1)) {
            assertThatThrownBy(() -> capped.render(gif, Transformation.parse("w-40"), Optional.empty(), new ByteArrayOutputStream()))
                    .isInstanceOf(ImageRejectedException.class)
                    .hasMessageContaining("4 frames")
                    .satisfies(e -> assertThat(((ImageRejectedException) e).reason())
                            .isEqualTo(ImageRejectedException.Reason.OVER_PIXEL_LIMIT));
        }
    }

    @Test
    void aSmartCropCutsEveryFrameWhereItCutFrameOne() throws IOException {
        // frame 1 is flat red, so fo-auto picks its first window; frames 2-4 must be cut there too,
        // not at the blue or yellow block that would attract a per-frame search
        Animations.Animation anim = Animations.readGif(render(synthetic(), "w-20,h-20,fo-auto", Optional.empty()));
        assertThat(anim.frames()).hasSize(4);
        BufferedImage first = anim.frames().get(0).image();
        assertThat(anim.frames()).allSatisfy(f -> assertThat(f.image().getWidth()).isEqualTo(first.getWidth()));
    }

    @Test
    void aFaceCropWithoutAFaceCutsEveryFrameWhereFoAutoCutFrameOne() throws IOException {
        // resize 27x20 then smartcrop 20x20 face: no face, so fo-auto's window on frame 1 (flat red:
        // the centre, x 3) pinned for every frame, as with fo-auto itself
        byte[] face = render(synthetic(), "w-20,h-20,fo-face", Optional.empty());
        byte[] auto = render(synthetic(), "w-20,h-20,fo-auto", Optional.empty());
        Animations.Animation anim = Animations.readGif(face);
        assertThat(anim.frames()).hasSize(4);
        assertThat(anim.frames()).allSatisfy(f -> assertThat(f.image().getWidth()).isEqualTo(20));
        assertThat(face).isEqualTo(auto);
    }

    @Test
    void anAnimatedWebpWithOffsetFramesMadeByImageMagickIsComposited() throws IOException {
        Path webp = dir.resolve("offsets.webp");
        try (InputStream in = getClass().getResourceAsStream("/golden/animation/im-offsets-40x30.webp")) {
            Files.write(webp, in.readAllBytes());
        }
        Animations.Animation anim = Animations.readGif(render(webp, "f-gif", Optional.empty()));
        assertThat(anim.frames()).hasSize(3);
        assertThat(anim.frames()).extracting(Animations.Raw::delay).containsExactly(25, 25, 25);
        BufferedImage third = anim.frames().get(2).image();
        assertThat(third.getWidth()).isEqualTo(40);
        assertColour(third, 2, 2, RED, 24, "red background (lossy VP8)");
        assertColour(third, 11, 8, BLUE, 40, "blue block of frame 2, still there");
        assertColour(third, 26, 17, LIME, 40, "lime block of frame 3");
        assertColour(anim.frames().get(0).image(), 11, 8, RED, 24, "frame 1 has no blue");
    }

    @Test
    void theCorpusPanMatchesImageMagickFrameByFrame() throws IOException {
        Path gif = corpus("anim_pan_Kleiber_320x180.gif");
        // as APNG (lossless, no palette): the same frames, closer still
        Animations.Animation apng = Animations.readApng(render(gif, "w-80,f-png", Optional.empty()));
        assertThat(apng.frames()).hasSize(10);
        assertThat(apng.loops()).isZero();
        assertThat(apng.frames()).extracting(Animations.Raw::delay).containsOnly(120);
        List<BufferedImage> shown = Animations.coalesceApng(apng, 80, 45);
        for (int f = 0; f < 10; f++) {
            BufferedImage reference = Normalize.INSTANCE.apply(reference("im-kleiber-80x45-" + f + ".png"));
            assertThat(Ssim.of(Normalize.INSTANCE.apply(shown.get(f)), reference)).as("APNG frame %d", f + 1)
                    .isGreaterThan(0.98);
        }
        Animations.Animation anim = Animations.readGif(render(gif, "w-80", Optional.empty()));
        assertThat(anim.frames()).hasSize(10);
        assertThat(anim.loops()).isZero();
        assertThat(anim.frames()).extracting(Animations.Raw::delay).containsOnly(12);
        for (int f = 0; f < 10; f++) {
            BufferedImage reference = Normalize.INSTANCE.apply(reference("im-kleiber-80x45-" + f + ".png"));
            BufferedImage ours = Normalize.INSTANCE.apply(anim.frames().get(f).image());
            assertThat(Ssim.of(ours, reference)).as("frame %d", f + 1).isGreaterThan(0.96);
        }
        Animations.Animation turned = Animations.readGif(render(gif, "w-80,rt-90", Optional.empty()));
        for (int f = 0; f < 10; f++) {
            BufferedImage reference = Normalize.INSTANCE.apply(reference("im-kleiber-80x45-rt90-" + f + ".png"));
            assertThat(Ssim.of(Normalize.INSTANCE.apply(turned.frames().get(f).image()), reference)).as("frame %d", f + 1)
                    .isGreaterThan(0.96);
        }
    }

    @Test
    void theCorpusThrobberMatchesImageMagickFrameByFrame() throws IOException {
        Animations.Animation anim = Animations.readGif(render(corpus("wx_throbber_animated.gif"), "w-16", Optional.empty()));
        assertThat(anim.frames()).hasSize(8);
        assertThat(anim.loops()).isZero();
        assertThat(anim.frames()).extracting(Animations.Raw::delay).containsOnly(10);
        for (int f = 0; f < 8; f++) {
            BufferedImage reference = Normalize.INSTANCE.apply(reference("im-throbber-16x16-" + f + ".png"));
            BufferedImage ours = Normalize.INSTANCE.apply(anim.frames().get(f).image());
            double meanDifference = 0;
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    int a = ours.getRGB(x, y);
                    int b = reference.getRGB(x, y);
                    for (int shift = 0; shift <= 24; shift += 8) {
                        meanDifference += Math.abs((a >>> shift & 0xFF) - (b >>> shift & 0xFF)) / (16.0 * 16 * 4);
                    }
                }
            }
            assertThat(meanDifference).as("frame %d: mean level difference", f + 1).isLessThan(5);
        }
    }

    @Test
    void aTruncatedAnimationIsRefusedCleanlyAndNothingIsWritten() throws IOException {
        byte[] whole = Files.readAllBytes(corpus("anim_pan_Kleiber_320x180.gif"));
        Path cut = Files.write(dir.resolve("cut.gif"), Arrays.copyOf(whole, whole.length / 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> RENDERER.render(cut, Transformation.parse("w-80"), Optional.empty(), out))
                .isInstanceOf(ImageRejectedException.class);
        assertThat(out.size()).isZero();
    }

    private byte[] render(Path input, String transformation, Optional<OutputFormat> preferred) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(input, Transformation.parse(transformation), preferred, out);
        return out.toByteArray();
    }

    private static BufferedImage reference(String name) throws IOException {
        try (InputStream in = AnimationRenderTest.class.getResourceAsStream("/golden/animation/" + name)) {
            return ImageIO.read(in);
        }
    }

    private static Path corpus(String name) {
        Path file = Path.of("..", "..", "shared", "corpus", name);
        assumeTrue(Files.isRegularFile(file), "shared corpus not found at " + file.toAbsolutePath());
        return file;
    }

    private static void assertColour(BufferedImage image, int x, int y, int rgb, int tolerance, String what) {
        int actual = image.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(Math.abs((actual >> shift & 0xFF) - (rgb >> shift & 0xFF)))
                    .as("%s at %d,%d: %06X, expected %06X", what, x, y, actual & 0xFFFFFF, rgb).isLessThanOrEqualTo(tolerance);
        }
    }
}
