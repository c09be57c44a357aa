package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecoderTest {
    private static Decoder decoder;

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

    static Stream<Corpus.Entry> goodFiles() {
        return Corpus.manifest().stream().filter(e -> !e.file().startsWith("bad/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    @Timeout(60) // a hang guard, not a speed target: the 12 MP WebP took over 10 s on a loaded 2-core machine
    void everyGoodCorpusFileDecodesToEightBitSrgbAtItsManifestSize(Corpus.Entry entry) {
        DecodedImage decoded = decoder.decode(Corpus.file(entry.file()), Limits.DEFAULT, DecodeOptions.DEFAULT);

        assertThat(decoded.image().getType()).isEqualTo(entry.expectsAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        assertThat(decoded.image().getWidth()).isEqualTo(entry.width());
        assertThat(decoded.image().getHeight()).isEqualTo(entry.height());
    }

    @ParameterizedTest(name = "orient_{0}.jpg")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void orientationIsReportedButNotApplied(int orientation) {
        DecodedImage decoded = decoder.decode(Corpus.file("orient_" + orientation + ".jpg"), Limits.DEFAULT,
                DecodeOptions.DEFAULT);

        assertThat(decoded.orientation()).isEqualTo(orientation);
        assertThat(decoded.image().getWidth()).isEqualTo(orientation >= 5 ? 720 : 480);
    }

    @Test
    void animatedGifDecodesEveryCompositedFrameWithDelaysWhenAsked() {
        DecodedImage decoded = decoder.decode(Corpus.file("wx_throbber_animated.gif"), Limits.DEFAULT,
                DecodeOptions.DEFAULT.withAnimation());

        assertThat(decoded.frames()).hasSize(8);
        assertThat(decoded.frames()).allSatisfy(f -> {
            assertThat(f.image().getWidth()).isEqualTo(32);
            assertThat(f.delay()).isPositive();
        });
    }

    @Test
    void animationFramesAreCompositedOnTheCanvasNotLeftAsRawRectangles() {
        DecodedImage decoded = decoder.decode(Corpus.file("anim_pan_Kleiber_320x180.gif"), Limits.DEFAULT,
                DecodeOptions.DEFAULT.withAnimation());

        assertThat(decoded.frames()).hasSize(10);
        // ImageMagick frame optimisation leaves later frames partly transparent; composited, each is opaque.
        BufferedImage last = decoded.frames().get(9).image();
        assertThat(Pixels.mean(last)[3]).isGreaterThan(254.0);
    }

    @ParameterizedTest(name = "{0}x{1} to {2}x{3} -> {4}")
    @CsvSource({"6028, 3391, 400, 0, 7", "6028, 3391, 400, 225, 7", "6028, 3391, 1600, 0, 1", "6028, 3391, 1000, 0, 3",
            "480, 720, 100, 0, 2", "480, 720, 200, 0, 1", "1000, 1000, 0, 0, 1", "1000, 1000, 0, 100, 5"})
    void subsamplingUsesTheLargestFactorKeepingTwiceTheTarget(int w, int h, int tw, int th, int expected) {
        assertThat(Subsampling.factor(w, h, tw, th)).isEqualTo(expected);
    }

    @Test
    void reducedSizeDecodingOfABigJpegIsFasterAndKeepsOneAndAHalfTimesTheTarget() {
        Path kleiber = Corpus.file("Kleiber_by_Lukas_Baubkus.jpg");
        DecodeOptions thumb = DecodeOptions.DEFAULT.withTarget(400, 0);
        decoder.decode(kleiber, Limits.DEFAULT, thumb); // warm-up

        long full = bestOf(3, () -> decoder.decode(kleiber, Limits.DEFAULT, DecodeOptions.DEFAULT));
        long reduced = bestOf(3, () -> decoder.decode(kleiber, Limits.DEFAULT, thumb));
        DecodedImage small = decoder.decode(kleiber, Limits.DEFAULT, thumb);

        System.out.printf("Kleiber 6028x3391: full decode %d ms, subsampled (1/%d -> %dx%d) %d ms%n", full,
                small.subsampling(), small.image().getWidth(), small.image().getHeight(), reduced);
        // A plain YCbCr JPEG is scaled in the DCT (ScaledJpeg) by a power of two keeping 1.5x the
        // target (a box average needs less margin than point sampling's 2x): 1/8 here.
        assertThat(small.subsampling()).isEqualTo(8);
        assertThat(small.image().getWidth()).isGreaterThanOrEqualTo(600);
        assertThat(reduced).isLessThan(full);
    }

    @Test
    void aDecodeOverItsTimeBudgetIsAbortedAndTheDecoderCarriesOn() {
        Limits hurried = Limits.DEFAULT.withDecodeBudget(Duration.ofMillis(5));

        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(Corpus.file("Elephants_5640x3172.jpg"), hurried, DecodeOptions.DEFAULT));

        assertThat(e.reason()).isEqualTo(Reason.DECODE_TIMEOUT);
        assertThat(decoder.decode(Corpus.file("orient_1.jpg"), Limits.DEFAULT, DecodeOptions.DEFAULT).image()).isNotNull();
    }

    @Test
    void aDamagedIccProfileIsIgnoredWithAWarningAndRenderedAsSrgb() throws IOException {
        ByteArrayOutputStream iccp = new ByteArrayOutputStream();
        iccp.writeBytes("broken\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        try (DeflaterOutputStream z = new DeflaterOutputStream(iccp)) {
            z.write("this is not an ICC profile at all, just some text".repeat(4).getBytes());
        }
        Path file = Files.write(dir.resolve("badicc.png"), HostileImages.png(0, iccp.toByteArray()));

        DecodedImage decoded = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT);

        assertThat(decoded.warnings()).anySatisfy(w -> assertThat(w).contains("ICC"));
        assertThat(decoded.image().getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x808080);
    }

    @Test
    void aRaisedPixelCapIsAllowedUpToSharpsCeilingButNotBeyond() {
        assertThat(Limits.DEFAULT.withMaxInputPixels(200_000_000L).maxInputPixels()).isEqualTo(200_000_000L);
        assertThatThrownBy(() -> Limits.DEFAULT.withMaxInputPixels(300_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long bestOf(int runs, Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }
}
