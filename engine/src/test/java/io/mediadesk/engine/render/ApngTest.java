package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.codec.DecodeOptions;
import io.mediadesk.engine.codec.DecodedImage;
import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.plan.PlanningException;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Animated PNG in and out, by construction: APNG files written by hand in the test
 * ({@link Animations#apng}: solid-colour frames at known offsets with every dispose and blend
 * operation), the expected canvases worked out by hand from the APNG 1.0 rules, and the engine's
 * APNG output read back with the test's own chunk walk ({@link Animations#readApng}), which
 * checks CRCs and sequence numbers; and APNGs made by another tool (apngasm, with offsets,
 * palettes, blend over and dispose to previous) decoded to the exact frames they were made from.
 * The engine's APNG output was also read by apngdis (Debian) once: docs/EFFECTS.md.
 */
class ApngTest {
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;
    private static final int YELLOW = 0xFFFFFF00;
    /** Lime at alpha 128: over red it gives (127, 128, 0) by the APNG "over" formula. */
    private static final int HALF_LIME = 0x8000FF00;
    private static final int LIME_OVER_RED = 0xFF7F8000;
    private static final int CLEAR = 0x00000000;
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    /**
     * 40x30 canvas, 2 plays: (1) red full canvas, 100 ms; (2) blue 10x10 at 5,5, blend source,
     * dispose to background (cleared), 200 ms; (3) lime at half alpha 10x10 at 20,10, blend over,
     * dispose to previous, 300 ms; (4) yellow 8x8 at 30,20, blend source, 400 ms.
     */
    private Path fourFrames(BufferedImage hiddenDefault) throws IOException {
        byte[] apng = Animations.apng(40, 30, 2, hiddenDefault, List.of(
                Animations.apngFrame(40, 30, RED, 0, 0, 100, 0, 0),
                Animations.apngFrame(10, 10, BLUE, 5, 5, 200, 1, 0),
                Animations.apngFrame(10, 10, HALF_LIME, 20, 10, 300, 2, 1),
                Animations.apngFrame(8, 8, YELLOW, 30, 20, 400, 0, 0)));
        return Files.write(dir.resolve(hiddenDefault == null ? "four.png" : "hidden.png"), apng);
    }

    /** Points: in the blue square, in the lime square, in the yellow square, and plain red. */
    private static final int[][] SPOTS = {{9, 9}, {24, 14}, {33, 23}, {2, 27}};
    private static final int[][] EXPECTED = {
        {RED, RED, RED, RED},
        {BLUE, RED, RED, RED},
        {CLEAR, LIME_OVER_RED, RED, RED}, // frame 2's square was cleared after it was shown
        {CLEAR, RED, YELLOW, RED}}; // frame 3's lime was taken back

    @Test
    void everyFrameIsCompositedWithItsDisposeAndBlendOperations() throws IOException {
        Path file = fourFrames(null);
        try (Decoder decoder = new Decoder(1)) {
            ImageInfo info = decoder.probe(file);
            assertThat(info.animated()).isTrue();
            assertThat(info.frameCount()).isEqualTo(4);
            DecodedImage decoded = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withAnimation());
            assertThat(decoded.frames()).hasSize(4);
            assertThat(decoded.loops()).isEqualTo(2);
            assertThat(decoded.frames()).extracting(DecodedImage.Frame::delay).containsExactly(
                    Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(400));
            for (int f = 0; f < 4; f++) {
                BufferedImage canvas = decoded.frames().get(f).image();
                assertThat(canvas.getWidth()).isEqualTo(40);
                for (int s = 0; s < SPOTS.length; s++) {
                    assertArgb(canvas, SPOTS[s][0], SPOTS[s][1], EXPECTED[f][s], 1, "frame " + (f + 1) + " spot " + s);
                }
            }
            // the edges of a cleared rectangle: 5..14 cleared, 4 and 15 untouched
            assertArgb(decoded.frames().get(2).image(), 4, 9, RED, 0, "left of the cleared square");
            assertArgb(decoded.frames().get(2).image(), 15, 9, RED, 0, "right of the cleared square");
            assertArgb(decoded.frames().get(2).image(), 5, 5, CLEAR, 0, "first cleared pixel");
            assertArgb(decoded.frames().get(2).image(), 14, 14, CLEAR, 0, "last cleared pixel");
        }
    }

    @Test
    void withoutAnimationOnlyFrameOneIsDecodedAndAHiddenDefaultImageIsNotIt() throws IOException {
        BufferedImage magenta = Animations.apngFrame(40, 30, 0xFFFF00FF, 0, 0, 0, 0, 0).image();
        Path file = fourFrames(magenta);
        // The JDK reader, which knows no APNG, sees the default image only: the hidden magenta one.
        assertThat(ImageIO.read(file.toFile()).getRGB(2, 27)).isEqualTo(0xFFFF00FF);
        try (Decoder decoder = new Decoder(1)) {
            DecodedImage still = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT);
            assertThat(still.frames()).isEmpty();
            assertArgb(still.image(), 2, 27, RED, 0, "frame 1 of the animation, not the default image");
            DecodedImage all = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withAnimation());
            assertThat(all.frames()).hasSize(4);
            assertArgb(all.frames().get(3).image(), 33, 23, YELLOW, 0, "frame 4 from fdAT chunks only");
        }
    }

    @Test
    void anApngWrittenAsPngStaysAnimatedAndIsReadBackByAnIndependentReader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendered rendered = RENDERER.render(fourFrames(null), Transformation.parse("w-40"), Optional.empty(), out);
        assertThat(rendered.format()).isEqualTo(OutputFormat.PNG);
        assertThat(rendered.bytes()).isEqualTo(out.size());
        Animations.Animation anim = Animations.readApng(out.toByteArray());
        assertThat(anim.loops()).isEqualTo(2);
        assertThat(anim.frames()).hasSize(4);
        assertThat(anim.frames()).extracting(Animations.Raw::delay).containsExactly(100, 200, 300, 400);
        assertThat(anim.frames()).allSatisfy(f -> assertThat(f.disposal()).isEqualTo("dispose 0 blend 0"));
        // frame 1 whole; then only what changed (by hand from the construction): the blue square;
        // the cleared square and the lime one; the lime taken back and the yellow square
        assertThat(anim.frames()).extracting(f -> List.of(f.left(), f.top(), f.image().getWidth(), f.image().getHeight()))
                .containsExactly(List.of(0, 0, 40, 30), List.of(5, 5, 10, 10), List.of(5, 5, 25, 15), List.of(20, 10, 18, 18));
        List<BufferedImage> shown = Animations.coalesceApng(anim, 40, 30);
        for (int f = 0; f < 4; f++) {
            for (int s = 0; s < SPOTS.length; s++) {
                assertArgb(shown.get(f), SPOTS[s][0], SPOTS[s][1], EXPECTED[f][s], 1, "output frame " + (f + 1) + " spot " + s);
            }
        }
        // five colours in all (red, blue, lime over red, yellow, transparent): one shared palette,
        // colour type 3, with tRNS for the transparent entry
        List<Object[]> chunks = Animations.pngChunks(out.toByteArray());
        assertThat(((byte[]) chunks.get(0)[1])[9]).as("IHDR colour type").isEqualTo((byte) 3);
        assertThat(chunks).extracting(c -> (String) c[0]).contains("PLTE", "tRNS").containsOnlyOnce("PLTE");
        // a viewer without APNG shows the default image, which is frame 1
        assertArgb(ImageIO.read(new ByteArrayInputStream(out.toByteArray())), 9, 9, RED, 0, "default image");
    }

    @Test
    void pgPicksAFrameAndAStillRenderIsFrameOneWithoutTheFrameCap() throws IOException {
        Path file = fourFrames(null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendered rendered = RENDERER.render(file, Transformation.parse("pg-3"), Optional.empty(), out);
        assertThat(rendered.notices()).anyMatch(n -> n.contains("frame 3 of 4"));
        assertThat(Animations.readApng(out.toByteArray()).frames()).as("a still is no APNG").isEmpty();
        BufferedImage third = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        for (int s = 0; s < SPOTS.length; s++) {
            assertArgb(third, SPOTS[s][0], SPOTS[s][1], EXPECTED[2][s], 1, "pg-3 spot " + s);
        }
        assertThatThrownBy(() -> RENDERER.render(file, Transformation.parse("pg-5"), Optional.empty(), new ByteArrayOutputStream()))
                .isInstanceOf(PlanningException.class).hasMessageContaining("has 4 frames");
        // the ik-thumbnail.jpg path: a still of frame 1, the frame cap does not apply
        ByteArrayOutputStream thumb = new ByteArrayOutputStream();
        try (Renderer capped = new Renderer(Limits.DEFAULT.withMaxFrames(2), 1)) {
            capped.renderStill(file, Transformation.parse("w-20"), Optional.of(OutputFormat.JPEG), thumb);
            assertThatThrownBy(() -> capped.render(file, Transformation.parse("w-20"), Optional.empty(),
                    new ByteArrayOutputStream()))
                    .isInstanceOf(ImageRejectedException.class).hasMessageContaining("4 frames, over the limit of 2");
        }
        BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(thumb.toByteArray()));
        assertThat(jpeg.getWidth()).isEqualTo(20);
        assertArgb(jpeg, 4, 4, RED, 6, "thumbnail of frame 1: no blue square yet");
        // summed pixels: 4 frames of 1,200 px are over a 4,000 px cap
        try (Renderer capped = new Renderer(Limits.DEFAULT.withMaxInputPixels(4_000), 1)) {
            assertThatThrownBy(() -> capped.render(file, Transformation.parse("w-20"), Optional.empty(),
                    new ByteArrayOutputStream()))
                    .isInstanceOf(ImageRejectedException.class)
                    .satisfies(e -> assertThat(((ImageRejectedException) e).reason()).isEqualTo(Reason.OVER_PIXEL_LIMIT));
        }
    }

    @Test
    void anEmbeddedProfileIsAppliedToEveryFrame() throws IOException {
        // grey 128 in linear-light RGB is sRGB 0.502^(1/2.4) * 1.055 - 0.055 = 0.7354 -> 188 (by hand)
        byte[] linear = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_LINEAR_RGB).getData();
        Path file = Files.write(dir.resolve("linear.png"), Animations.apng(8, 8, 0, null, List.of(
                Animations.apngFrame(8, 8, 0xFF808080, 0, 0, 100, 0, 0),
                Animations.apngFrame(4, 4, 0xFF808080, 2, 2, 100, 0, 0)), linear));
        try (Decoder decoder = new Decoder(1)) {
            DecodedImage decoded = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withAnimation());
            for (DecodedImage.Frame frame : decoded.frames()) {
                assertArgb(frame.image(), 3, 3, 0xFFBCBCBC, 3, "linear 128 as sRGB");
            }
            assertArgb(decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT).image(), 3, 3, 0xFFBCBCBC, 3, "the still");
        }
    }

    /** APNGs made by apngasm (golden/animation/README.md), lossless: every composited frame equals its source frame. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"apngasm-square-40x30.png, im-square-40x30-, 4, 250, 2", "apngasm-throbber-16x16.png, im-throbber-16x16-, 8, 100, 0"})
    void apngsMadeByApngasmDecodeToTheFramesTheyWereMadeFrom(String file, String frames, int count, int millis, int plays)
            throws IOException {
        Path apng = dir.resolve(file);
        try (var in = ApngTest.class.getResourceAsStream("/golden/animation/" + file)) {
            Files.copy(in, apng);
        }
        try (Decoder decoder = new Decoder(1)) {
            DecodedImage decoded = decoder.decode(apng, Limits.DEFAULT, DecodeOptions.DEFAULT.withAnimation());
            assertThat(decoded.frames()).hasSize(count);
            assertThat(decoded.loops()).isEqualTo(plays);
            assertThat(decoded.frames()).extracting(DecodedImage.Frame::delay).containsOnly(Duration.ofMillis(millis));
            for (int f = 0; f < count; f++) {
                BufferedImage expected;
                try (var in = ApngTest.class.getResourceAsStream("/golden/animation/" + frames + f + ".png")) {
                    expected = ImageIO.read(in);
                }
                BufferedImage actual = decoded.frames().get(f).image();
                for (int y = 0; y < expected.getHeight(); y++) {
                    for (int x = 0; x < expected.getWidth(); x++) {
                        assertArgb(actual, x, y, expected.getRGB(x, y), 0, file + " frame " + (f + 1));
                    }
                }
            }
        }
    }

    @Test
    void damagedAnimationChunksAreRefusedAsCorruptAndNothingIsWritten() throws IOException {
        byte[] good = Files.readAllBytes(fourFrames(null));
        // frame 2's fcTL with sequence number 7 instead of 1 (CRC recomputed: the damage is in the APNG structure)
        byte[] badSequence = patchChunk(good, "fcTL", 1, data -> ByteBuffer.wrap(data).putInt(0, 7));
        // frame 4's fcTL placing its 8x8 square at x 35 on a 40-wide canvas
        byte[] outside = patchChunk(good, "fcTL", 3, data -> ByteBuffer.wrap(data).putInt(12, 35));
        // acTL claiming 3 frames where there are 4
        byte[] miscounted = patchChunk(good, "acTL", 0, data -> ByteBuffer.wrap(data).putInt(0, 3));
        for (byte[] bad : List.of(badSequence, outside, miscounted)) {
            Path file = Files.write(dir.resolve("bad.png"), bad);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> RENDERER.render(file, Transformation.parse("w-20"), Optional.empty(), out))
                    .isInstanceOf(ImageRejectedException.class)
                    .satisfies(e -> assertThat(((ImageRejectedException) e).reason()).isEqualTo(Reason.CORRUPT));
            assertThat(out.size()).isZero();
        }
    }

    @Test
    void anAcTlUnderstatingItsFramesMeetsTheFrameCapWithTheRealCount() throws IOException {
        List<Animations.ApngRaw> frames = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) frames.add(Animations.apngFrame(4, 4, i % 2 == 0 ? RED : BLUE, 0, 0, 10, 0, 0));
        byte[] understated = patchChunk(Animations.apng(4, 4, 0, null, frames), "acTL", 0,
                data -> ByteBuffer.wrap(data).putInt(0, 2));
        Path file = Files.write(dir.resolve("understated.png"), understated);
        assertThatThrownBy(() -> RENDERER.render(file, Transformation.parse("w-2"), Optional.empty(), new ByteArrayOutputStream()))
                .isInstanceOf(ImageRejectedException.class).hasMessageContaining("150 frames, over the limit of 100")
                .satisfies(e -> assertThat(((ImageRejectedException) e).reason()).isEqualTo(Reason.OVER_FRAME_LIMIT));
        // a still decodes frame 1 only, but the file is still refused as damaged, not half-read
        assertThatThrownBy(() -> RENDERER.render(file, Transformation.parse("w-2,f-jpg"), Optional.empty(),
                new ByteArrayOutputStream()))
                .isInstanceOf(ImageRejectedException.class).hasMessageContaining("acTL says 2 frames")
                .satisfies(e -> assertThat(((ImageRejectedException) e).reason()).isEqualTo(Reason.CORRUPT));
    }

    private interface Patch {
        void apply(byte[] data);
    }

    /** The file with the {@code index}-th chunk of {@code type} changed in place, its CRC made right again. */
    private static byte[] patchChunk(byte[] png, String type, int index, Patch patch) {
        byte[] out = png.clone();
        ByteBuffer b = ByteBuffer.wrap(out);
        int at = 8;
        int seen = 0;
        while (at + 12 <= out.length) {
            int length = b.getInt(at);
            if (new String(out, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(type) && seen++ == index) {
                byte[] data = java.util.Arrays.copyOfRange(out, at + 8, at + 8 + length);
                patch.apply(data);
                System.arraycopy(data, 0, out, at + 8, length);
                CRC32 crc = new CRC32();
                crc.update(out, at + 4, 4 + length);
                b.putInt(at + 8 + length, (int) crc.getValue());
                return out;
            }
            at += 12 + length;
        }
        throw new IllegalArgumentException("no " + type + " #" + index);
    }

    static void assertArgb(BufferedImage image, int x, int y, int argb, int tolerance, String what) {
        int actual = image.getRGB(x, y);
        if ((argb >>> 24) == 0) {
            assertThat(actual >>> 24).as("%s at %d,%d: alpha of %08X", what, x, y, actual).isZero();
            return;
        }
        for (int shift = 0; shift <= 24; shift += 8) {
            assertThat(Math.abs((actual >>> shift & 0xFF) - (argb >>> shift & 0xFF)))
                    .as("%s at %d,%d: %08X, expected %08X", what, x, y, actual, argb).isLessThanOrEqualTo(tolerance);
        }
    }
}
