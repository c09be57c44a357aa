package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncoderTest {
    /** Four 16-pixel-aligned blocks, so JPEG blocks are flat and lossy codecs can be checked tightly. */
    private static final int[] COLOURS = {0xFFD01E28, 0xFF1EA03C, 0xFF2850C8, 0xFFF0F0F0};
    private static Decoder decoder;
    private final Encoder encoder = new Encoder();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        decoder = new Decoder();
    }

    @AfterAll
    static void stop() {
        decoder.close();
    }

    static BufferedImage quadrants(int type) {
        BufferedImage image = new BufferedImage(64, 48, type);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                int argb = COLOURS[(y / 16 % 2) * 2 + x / 32];
                if (type == BufferedImage.TYPE_INT_ARGB && y >= 32) argb = argb & 0x00FFFFFF | (x * 4) << 24;
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    @ParameterizedTest(name = "{0} lossless={1}")
    @CsvSource({"PNG, false, 0", "BMP, false, 0", "TIFF, false, 0", "WEBP, true, 0", "JPEG, false, 6", "WEBP, false, 12"})
    void roundTripKeepsKnownColours(OutputFormat format, boolean lossless, int tolerance) throws IOException {
        BufferedImage original = quadrants(BufferedImage.TYPE_INT_RGB);
        Path file = dir.resolve("q." + format.extension());
        encoder.write(file, original, format, EncodeOptions.DEFAULT.withQuality(95).withLossless(lossless));

        BufferedImage decoded = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT).image();

        if (tolerance == 0) {
            assertThat(Pixels.maxDifference(decoded, 0, 0, original)).isZero();
            return;
        }
        // Lossy codecs blend chroma across block edges (4:2:0 upsampling), so compare block interiors.
        for (int by = 0; by < 48; by += 16) {
            for (int bx = 0; bx < 64; bx += 32) {
                BufferedImage expected = original.getSubimage(bx + 4, by + 4, 24, 8);
                assertThat(Pixels.maxDifference(decoded, bx + 4, by + 4, expected)).isLessThanOrEqualTo(tolerance);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PNG", "WEBP", "TIFF"})
    void alphaSurvivesFormatsThatHaveIt(OutputFormat format) throws IOException {
        BufferedImage original = quadrants(BufferedImage.TYPE_INT_ARGB);
        Path file = dir.resolve("a." + format.extension());
        encoder.write(file, original, format, EncodeOptions.DEFAULT.withLossless(true));

        DecodedImage decoded = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT);

        assertThat(decoded.image().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(Pixels.maxDifference(decoded.image(), 0, 0, original)).isZero();
    }

    @Test
    void jpegFlattensAlphaOnTheCallersBackground() throws IOException {
        BufferedImage clear = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Path file = dir.resolve("flat.jpg");
        encoder.write(file, clear, OutputFormat.JPEG, EncodeOptions.DEFAULT.withBackground(new Color(0, 0, 255)));

        int pixel = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT).image().getRGB(16, 16);

        assertThat(pixel & 0xFF).isGreaterThan(245);
        assertThat(pixel >> 16 & 0xFF).isLessThan(10);
    }

    @Test
    void progressiveJpegReallyHasAnSof2MarkerAndBaselineHasSof0() {
        byte[] progressive = encode(OutputFormat.JPEG, EncodeOptions.DEFAULT.withProgressive(true));
        byte[] baseline = encode(OutputFormat.JPEG, EncodeOptions.DEFAULT);

        assertThat(sof(progressive)[1]).isEqualTo((byte) 0xC2);
        assertThat(sof(baseline)[1]).isEqualTo((byte) 0xC0);
    }

    @Test
    void jpegUsesFourTwoZeroChromaByDefault() {
        byte[] marker = sof(encode(OutputFormat.JPEG, EncodeOptions.DEFAULT));
        // SOF: FF Cx len(2) precision h(2) w(2) n, then per component: id, HV sampling, table
        assertThat(marker[9]).as("components").isEqualTo((byte) 3);
        assertThat(marker[11]).as("Y sampling").isEqualTo((byte) 0x22);
        assertThat(marker[14]).as("Cb sampling").isEqualTo((byte) 0x11);
        assertThat(marker[17]).as("Cr sampling").isEqualTo((byte) 0x11);
    }

    @Test
    void anIccProfileIsEmbeddedWhenAskedForJpegAndPng() {
        byte[] profile = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
        EncodeOptions keep = EncodeOptions.DEFAULT.withIccProfile(profile);
        ImageProbe probe = new ImageProbe();

        assertThat(probe.probe(encode(OutputFormat.JPEG, keep)).metadata().iccProfile()).hasValueSatisfying(
                p -> assertThat(p).isEqualTo(profile));
        assertThat(probe.probe(encode(OutputFormat.PNG, keep)).metadata().iccProfile()).hasValueSatisfying(
                p -> assertThat(p).isEqualTo(profile));
    }

    @Test
    void animatedGifRoundTripsFramesAndDelays() throws IOException {
        List<DecodedImage.Frame> frames = List.of(
                new DecodedImage.Frame(solid(0xFFFF0000), Duration.ofMillis(100)),
                new DecodedImage.Frame(solid(0xFF00FF00), Duration.ofMillis(250)),
                new DecodedImage.Frame(solid(0xFF0000FF), Duration.ofMillis(50)));
        Path file = dir.resolve("anim.gif");
        AtomicFiles.write(file, out -> encoder.encodeAnimation(frames, EncodeOptions.DEFAULT, out));

        DecodedImage decoded = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withAnimation());

        assertThat(decoded.frames()).extracting(DecodedImage.Frame::delay)
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(50));
        assertThat(decoded.frames().get(1).image().getRGB(5, 5) & 0xFFFFFF).isEqualTo(0x00FF00);
    }

    @Test
    void aFailingWriterLeavesNoFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("out.png");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full (injected)");
        })).hasMessageContaining("injected");

        assertThat(target).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFailedRewriteKeepsTheOldFileIntact() throws IOException {
        Path target = dir.resolve("keep.png");
        encoder.write(target, quadrants(BufferedImage.TYPE_INT_RGB), OutputFormat.PNG, EncodeOptions.DEFAULT);
        byte[] before = Files.readAllBytes(target);

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("encoder bug (injected)");
        }));

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
    }

    private byte[] encode(OutputFormat format, EncodeOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.encode(quadrants(BufferedImage.TYPE_INT_RGB), format, options, out);
        return out.toByteArray();
    }

    private static BufferedImage solid(int argb) {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) for (int x = 0; x < 20; x++) image.setRGB(x, y, argb);
        return image;
    }

    /** The bytes of the first SOFn segment, starting at its FF. */
    private static byte[] sof(byte[] jpeg) {
        for (int i = 2; i + 4 < jpeg.length; ) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = (jpeg[i + 2] & 0xFF) << 8 | jpeg[i + 3] & 0xFF;
            if (marker >= 0xC0 && marker <= 0xC2) return java.util.Arrays.copyOfRange(jpeg, i, i + 2 + length);
            i += 2 + length;
        }
        throw new AssertionError("no SOF marker");
    }
}
