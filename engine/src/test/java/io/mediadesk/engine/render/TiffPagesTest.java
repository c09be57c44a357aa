package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.codec.DecodeOptions;
import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.ImageFormat;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.codec.PageOutOfRangeException;
import io.mediadesk.engine.plan.PlanningException;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-page TIFF by construction: a 3-page file written in the test by the JDK's own TIFF
 * writer (not the TwelveMonkeys reader the engine reads with), each page of its own size and
 * colour. {@code pg-N} serves page N at its own size; the limits are checked against that page.
 */
class TiffPagesTest {
    private static final int RED = 0xFF0000;
    private static final int LIME = 0x00FF00;
    private static final int BLUE = 0x0000FF;
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);

    @TempDir
    Path dir;

    private Path tiff;

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    /** Page 1: 30x20 red; page 2: 100x50 lime; page 3: 16x16 blue. */
    @BeforeEach
    void threePages() throws IOException {
        tiff = dir.resolve("three.tif");
        ImageWriter writer = null;
        for (var it = ImageIO.getImageWritersByFormatName("tiff"); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio.")) writer = candidate;
        }
        assertThat(writer).as("the JDK's TIFF writer").isNotNull();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(solid(30, 20, RED), null, null), null);
            writer.writeToSequence(new IIOImage(solid(100, 50, LIME), null, null), null);
            writer.writeToSequence(new IIOImage(solid(16, 16, BLUE), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    @Test
    void theProbeCountsThePagesAndReadsEachPagesOwnSize() {
        try (Decoder decoder = new Decoder(1)) {
            ImageInfo first = decoder.probe(tiff);
            assertThat(first.format()).isEqualTo(ImageFormat.TIFF);
            assertThat(first.frameCount()).isEqualTo(3);
            assertThat(first.width()).isEqualTo(30);
            ImageInfo second = decoder.probe(tiff, 2);
            assertThat(second.width()).isEqualTo(100);
            assertThat(second.height()).isEqualTo(50);
            assertThat(second.frameCount()).isEqualTo(3);
            assertThat(decoder.probe(tiff, 3).width()).isEqualTo(16);
            assertThatThrownBy(() -> decoder.probe(tiff, 4))
                    .isInstanceOf(PageOutOfRangeException.class).hasMessageContaining("has 3 pages");
            assertThatThrownBy(() -> decoder.decode(tiff, Limits.DEFAULT, DecodeOptions.DEFAULT.withPage(4)))
                    .isInstanceOf(PageOutOfRangeException.class).hasMessageContaining("Page 4");
            BufferedImage page3 = decoder.decode(tiff, Limits.DEFAULT, DecodeOptions.DEFAULT.withPage(3)).image();
            assertThat(page3.getWidth()).isEqualTo(16);
            assertThat(page3.getRGB(8, 8) & 0xFFFFFF).isEqualTo(BLUE);
        }
    }

    @Test
    void pgServesThatPageAtItsOwnSizeAndTheDefaultIsPageOne() throws IOException {
        Rendered[] rendered = new Rendered[1];
        BufferedImage first = render("w-15", Optional.of(OutputFormat.PNG), rendered);
        assertThat(first.getWidth()).isEqualTo(15);
        assertThat(first.getHeight()).isEqualTo(10);
        assertThat(first.getRGB(7, 5) & 0xFFFFFF).isEqualTo(RED);
        assertThat(rendered[0].notices()).anyMatch(n -> n.contains("3 pages") && n.contains("page 1"));

        BufferedImage second = render("pg-2", Optional.of(OutputFormat.PNG), rendered);
        assertThat(second.getWidth()).isEqualTo(100);
        assertThat(second.getHeight()).isEqualTo(50);
        assertThat(second.getRGB(50, 25) & 0xFFFFFF).isEqualTo(LIME);
        assertThat(rendered[0].notices()).anyMatch(n -> n.contains("pg-2: page 2 of 3"));

        // w-8 on page 3 (16x16) keeps page 3's aspect ratio: 8x8, not page 1's 8x5
        BufferedImage third = render("w-8,pg-3", Optional.of(OutputFormat.PNG), rendered);
        assertThat(third.getWidth()).isEqualTo(8);
        assertThat(third.getHeight()).isEqualTo(8);
        assertThat(third.getRGB(4, 4) & 0xFFFFFF).isEqualTo(BLUE);
    }

    @Test
    void theStudioPreviewOfAPageIsThatPageAtItsOwnSize() {
        // page 2 is 100x50 lime; a 40x40 box shows it at 40x20, and the facts are the real output's
        PreviewPixels preview = RENDERER.renderPreview(tiff, Transformation.parse("pg-2"), 40, 40);
        assertThat(preview.outputWidth()).isEqualTo(100);
        assertThat(preview.outputHeight()).isEqualTo(50);
        assertThat(preview.width()).isEqualTo(40);
        assertThat(preview.height()).isEqualTo(20);
        assertThat(preview.argb()[10 * 40 + 20] & 0xFFFFFF).isEqualTo(LIME);

        PreviewPixels third = RENDERER.renderPreview(tiff, Transformation.parse("w-8,pg-3"), 40, 40);
        assertThat(third.outputWidth()).isEqualTo(8);
        assertThat(third.outputHeight()).isEqualTo(8);
        assertThat(third.argb()[4 * third.width() + 4] & 0xFFFFFF).isEqualTo(BLUE);
    }

    @Test
    void aPageBeyondTheLastIsAPlanningErrorNamingThePageCount() {
        assertThatThrownBy(() -> render("pg-4", Optional.empty(), new Rendered[1]))
                .isInstanceOf(PlanningException.class).hasMessageContaining("pg-4").hasMessageContaining("has 3 pages");
    }

    @Test
    void theLimitsApplyToThePageThatIsDecoded() throws IOException {
        // 1,000 px: page 1 (600 px) and page 3 (256 px) pass, page 2 (5,000 px) does not
        try (Renderer capped = new Renderer(Limits.DEFAULT.withMaxInputPixels(1_000), 1)) {
            capped.render(tiff, Transformation.parse("w-10"), Optional.of(OutputFormat.PNG), new ByteArrayOutputStream());
            capped.render(tiff, Transformation.parse("pg-3"), Optional.of(OutputFormat.PNG), new ByteArrayOutputStream());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> capped.render(tiff, Transformation.parse("pg-2"), Optional.of(OutputFormat.PNG), out))
                    .isInstanceOf(ImageRejectedException.class).hasMessageContaining("100 x 50")
                    .satisfies(e -> assertThat(((ImageRejectedException) e).reason()).isEqualTo(Reason.OVER_PIXEL_LIMIT));
            assertThat(out.size()).isZero();
        }
    }

    private BufferedImage render(String transformation, Optional<OutputFormat> preferred, Rendered[] rendered)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendered[0] = RENDERER.render(tiff, Transformation.parse(transformation), preferred, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static BufferedImage solid(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
