package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** reliability.md rows 3-5, 13, 17, 18: hostile files built in the test, all refused with a clear reason. */
@Timeout(10)
class HostileInputTest {
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

    @AfterEach
    void noExternalProcessWasLaunched() {
        assertThat(ProcessHandle.current().children()).isEmpty();
    }

    @Test
    void aTinyGifWithAHugeLogicalScreenIsRejectedBeforeAllocation() throws IOException {
        byte[] gif = HostileImages.gif(65535, 8191, 1);
        assertThat(gif.length).isLessThan(40);

        assertThat(rejection("scrimage893.gif", gif)).isEqualTo(Reason.OVER_PIXEL_LIMIT);
    }

    @Test
    void aGifWithTenThousandFramesDecodesOnlyFrameOneByDefault() throws IOException {
        Path file = write("many.gif", HostileImages.gif(16, 16, 10_000));

        DecodedImage image = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT);

        assertThat(image.info().frameCount()).isEqualTo(10_000);
        assertThat(image.frames()).isEmpty();
        assertThat(image.image().getWidth()).isEqualTo(16);
    }

    @Test
    void aGifWithTenThousandFramesHitsTheFrameCapWhenAnimationIsAsked() throws IOException {
        Path file = write("many.gif", HostileImages.gif(16, 16, 10_000));

        assertThat(rejection(file, DecodeOptions.DEFAULT.withAnimation())).isEqualTo(Reason.OVER_FRAME_LIMIT);
    }

    @Test
    void framesEachUnderTheCapButSummingAboveItAreRejectedBySummedCheck() throws IOException {
        Path file = write("sum.gif", HostileImages.gif(3000, 3000, 10));
        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withAnimation()));

        assertThat(e.reason()).isEqualTo(Reason.OVER_PIXEL_LIMIT);
        assertThat(e.getMessage()).contains("10 frames").contains("add up to");
    }

    @Test
    void bmpTiffAndWebpHeadersDeclaringHugeSizesAreRejected() throws IOException {
        assertThat(rejection("huge.bmp", HostileImages.bmp(100_000, 100_000))).isEqualTo(Reason.OVER_PIXEL_LIMIT);
        assertThat(rejection("huge.tif", HostileImages.tiff(100_000, 100_000))).isEqualTo(Reason.OVER_PIXEL_LIMIT);
        assertThat(rejection("huge.webp", HostileImages.webpCanvas(16_384, 16_384))).isEqualTo(Reason.OVER_PIXEL_LIMIT);
    }

    @Test
    void aPngWithAHundredThousandTextChunksHitsTheChunkCap() throws IOException {
        assertThat(rejection("text.png", HostileImages.png(100_000, null))).isEqualTo(Reason.OVER_METADATA_LIMIT);
    }

    @Test
    void anIccpChunkInflatingTo100MbHitsTheMetadataCap() throws IOException {
        byte[] png = HostileImages.png(0, HostileImages.iccpBomb(100 * 1024 * 1024));
        assertThat(png.length).isLessThan(200_000);

        assertThat(rejection("iccp.png", png)).isEqualTo(Reason.OVER_METADATA_LIMIT);
    }

    @Test
    void imageMagickVectorScriptNamedJpgIsRefusedByName() throws IOException {
        String mvg = "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/x.jpg)'\npop graphic-context";
        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(write("tragick.jpg", mvg.getBytes(StandardCharsets.US_ASCII)), Limits.DEFAULT,
                        DecodeOptions.DEFAULT));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains("MVG");
    }

    @Test
    void svgTextNamedJpgIsReadAsSvgByItsBytesWithItsScriptInert() throws IOException {
        String svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";

        DecodedImage decoded = decoder.decode(write("image.jpg", svg.getBytes(StandardCharsets.UTF_8)), Limits.DEFAULT,
                DecodeOptions.DEFAULT);
        assertThat(decoded.format()).isEqualTo(ImageFormat.SVG);
        assertThat(decoded.image().getWidth()).isEqualTo(300); // no size declared: the CSS default 300 x 150
    }

    @Test
    void seededRandomBytesAreNotAnImage() throws IOException {
        byte[] noise = new byte[4096];
        new Random(20240601L).nextBytes(noise);

        assertThat(rejection("noise.jpg", noise)).isEqualTo(Reason.NOT_AN_IMAGE);
    }

    @Test
    void aFolderIsUnreadableNotACrash() {
        assertThat(rejection(dir, DecodeOptions.DEFAULT)).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void aRemoteSourceOverTheFileSizeCapIsRejected() throws IOException {
        Path file = write("big.png", HostileImages.png(0, null));
        Limits tiny = new Limits(50_000_000, 100, 8192, 1024 * 1024, 10, Limits.DEFAULT.decodeBudget());

        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(file, tiny, DecodeOptions.DEFAULT.fromRemote()));

        assertThat(e.reason()).isEqualTo(Reason.OVER_FILE_SIZE_LIMIT);
    }

    private Reason rejection(String name, byte[] bytes) throws IOException {
        return rejection(write(name, bytes), DecodeOptions.DEFAULT);
    }

    private static Reason rejection(Path file, DecodeOptions options) {
        ImageRejectedException e = catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(file, Limits.DEFAULT, options));
        assertThat(e).as("expected a rejection for " + file.getFileName()).isNotNull();
        return e.reason();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
