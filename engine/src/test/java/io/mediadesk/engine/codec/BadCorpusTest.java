package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** reliability.md rows 1, 6, 7, 10-12, 17 against the shared corpus's bad/ folder. */
class BadCorpusTest {
    private static final Map<String, Reason> EXPECTED = Map.of(
            "empty.jpg", Reason.NOT_AN_IMAGE,
            "text_named.jpg", Reason.NOT_AN_IMAGE,
            "truncated_baseline.jpg", Reason.TRUNCATED,
            "truncated_progressive.jpg", Reason.TRUNCATED,
            "bad_crc.png", Reason.CORRUPT,
            "truncated.png", Reason.TRUNCATED,
            "bomb_50000x50000_1bit.png", Reason.OVER_PIXEL_LIMIT,
            "bomb_50000x50000_rgba_header_only.png", Reason.OVER_PIXEL_LIMIT,
            "jpeg_sof_65500x65500.jpg", Reason.OVER_PIXEL_LIMIT);

    private static Decoder decoder;

    @BeforeAll
    static void startDecoderAndWarmUp() {
        decoder = new Decoder();
        // Class loading and JIT of the probe, so the bomb figures measure the work, not the JVM start.
        decoder.probe(Corpus.file("afl_not_kitty_alpha.png"));
        decoder.probe(Corpus.file("afl_not_kitty.jpg"));
    }

    @AfterAll
    static void stopDecoder() {
        decoder.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty.jpg", "text_named.jpg", "truncated_baseline.jpg", "truncated_progressive.jpg",
            "bad_crc.png", "truncated.png", "bomb_50000x50000_1bit.png", "bomb_50000x50000_rgba_header_only.png",
            "jpeg_sof_65500x65500.jpg"})
    @Timeout(10)
    void everyBadFileIsRejectedWithItsReason(String name) {
        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(Corpus.file("bad/" + name), Limits.DEFAULT, DecodeOptions.DEFAULT));

        assertThat(e).as(name + " must be rejected").isNotNull();
        assertThat(e.reason()).isEqualTo(EXPECTED.get(name));
        assertThat(e.getMessage()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bomb_50000x50000_1bit.png", "bomb_50000x50000_rgba_header_only.png", "jpeg_sof_65500x65500.jpg"})
    void bombsAreRejectedFromTheHeaderWithoutDecodingAPixel(String name) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();

        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(Corpus.file("bad/" + name), Limits.DEFAULT, DecodeOptions.DEFAULT));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.out.printf("bomb %s: rejected in %.2f ms, %d KB allocated%n", name, took.toNanos() / 1e6, allocated / 1024);
        assertThat(e.reason()).isEqualTo(Reason.OVER_PIXEL_LIMIT);
        assertThat(e.getMessage()).contains("exceeds the resolution limit");
        // The heap says no pixel was decoded (a 50,000 x 50,000 bitmap is 2.5 GB); the clock only
        // says nothing ran for long: a first call loads the codec's classes, and a busy machine
        // stretches that, so time is a sanity bound here, not the figure (that is the bench's).
        assertThat(allocated).isLessThan(10L * 1024 * 1024);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    @Timeout(10)
    void hostileExifIsIgnoredAndThePixelsDecode() {
        DecodedImage image = decoder.decode(Corpus.file("bad/absurd_exif.jpg"), Limits.DEFAULT, DecodeOptions.DEFAULT);

        assertThat(image.image().getWidth()).isEqualTo(480);
        assertThat(image.image().getHeight()).isEqualTo(720);
        assertThat(image.orientation()).isEqualTo(1);
    }

    @Test
    @Timeout(20)
    void theSameDecoderStillDecodesAGoodFileAfterTheWholeBadCorpus() {
        for (String name : EXPECTED.keySet()) {
            catchThrowableOfType(ImageRejectedException.class,
                    () -> decoder.decode(Corpus.file("bad/" + name), Limits.DEFAULT, DecodeOptions.DEFAULT));
        }
        DecodedImage good = decoder.decode(Corpus.file("orient_1.jpg"), Limits.DEFAULT, DecodeOptions.DEFAULT);

        assertThat(good.image().getWidth()).isEqualTo(480);
    }

    @Test
    void lenientModeKeepsTheReadersPartialImageOfATruncatedJpeg() {
        DecodedImage partial = decoder.decode(Corpus.file("bad/truncated_baseline.jpg"), Limits.DEFAULT,
                DecodeOptions.DEFAULT.lenient());

        assertThat(partial.image().getHeight()).isEqualTo(720);
        assertThat(partial.warnings()).anySatisfy(w -> assertThat(w).containsIgnoringCase("premature"));
    }
}
