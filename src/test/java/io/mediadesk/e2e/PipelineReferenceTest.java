package io.mediadesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.cli.MediadeskCommand;
import io.mediadesk.engine.render.Ssim;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole render (parse, plan, decode, stages, encode to PNG) against ImageMagick's rendering of
 * the same operation (src/test/resources/reference/pipeline, README there): resampling within an
 * SSIM margin, lossless geometry pixel for pixel.
 */
class PipelineReferenceTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void copySources() throws IOException {
        for (String name : new String[] {"src.jpg", "small.png"}) {
            try (InputStream in = resource(name)) {
                Files.copy(in, tmp.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static InputStream resource(String name) {
        return PipelineReferenceTest.class.getResourceAsStream("/reference/pipeline/" + name);
    }

    private static BufferedImage reference(String name) {
        try (InputStream in = resource(name)) {
            return toRgb(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage render(String source, String tr) throws IOException {
        Path out = tmp.resolve(tr.replaceAll("[^a-zA-Z0-9]", "_") + ".png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MediadeskCommand.run(new String[] {"transform", tmp.resolve(source).toString(), out.toString(), "--tr", tr},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return toRgb(ImageIO.read(out.toFile()));
    }

    private static BufferedImage toRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "w-200,h-150                       | cover_200x150.png",
        "w-200,h-200,cm-pad_resize,bg-FF0000 | pad_200x200_red.png",
        "h-100                             | h100.png",
    })
    void resamplingMatchesImageMagickLanczos(String tr, String referenceName) throws IOException {
        BufferedImage ours = render("src.jpg", tr);
        BufferedImage theirs = reference(referenceName);
        assertThat(ours.getWidth()).isEqualTo(theirs.getWidth());
        assertThat(ours.getHeight()).isEqualTo(theirs.getHeight());
        assertThat(Ssim.of(ours, theirs)).isGreaterThan(0.98);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "rt-90   | small_rot90.png",
        "rt-N90  | small_rotN90.png",
        "rt-270  | small_rotN90.png",
        "fl-h    | small_flop.png",
        "fl-h_v  | small_flip_hv.png",
        "rt-180  | small_flip_hv.png",
    })
    void losslessGeometryMatchesImageMagickPixelForPixel(String tr, String referenceName) throws IOException {
        BufferedImage ours = render("small.png", tr);
        BufferedImage theirs = reference(referenceName);
        assertThat(ours.getWidth()).isEqualTo(theirs.getWidth());
        assertThat(ours.getHeight()).isEqualTo(theirs.getHeight());
        for (int y = 0; y < ours.getHeight(); y++) {
            for (int x = 0; x < ours.getWidth(); x++) {
                assertThat(ours.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(theirs.getRGB(x, y));
            }
        }
    }

    @Test
    void allEightExifOrientationsRenderToTheSameUprightImage() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Corpus.present());
        BufferedImage upright = null;
        for (int n = 1; n <= 8; n++) {
            Files.copy(Corpus.ROOT.resolve("orient_" + n + ".jpg"), tmp.resolve("orient_" + n + ".jpg"), StandardCopyOption.REPLACE_EXISTING);
            BufferedImage img = render("orient_" + n + ".jpg", "w-120");
            assertThat(img.getWidth()).as("orientation %d", n).isEqualTo(120);
            assertThat(img.getHeight()).as("orientation %d", n).isEqualTo(180);
            if (upright == null) {
                upright = img;
            } else {
                assertThat(Ssim.of(img, upright)).as("orientation %d vs 1", n).isGreaterThan(0.999);
            }
        }
    }
}
