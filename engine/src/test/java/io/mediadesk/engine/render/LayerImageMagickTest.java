package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layers against ImageMagick's {@code -composite} (golden/layers, commands in its README): the
 * same overlay at the same place must give the same pixels within one level, SSIM above 0.999.
 */
class LayerImageMagickTest {
    @TempDir
    static Path library;

    @BeforeAll
    static void library() throws IOException {
        try (InputStream in = LayerImageMagickTest.class.getResourceAsStream("/golden/layers/overlay-50x30.png")) {
            Files.copy(in, library.resolve("overlay-50x30.png"));
        }
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource(delimiter = '|', value = {
        "l-image,i-overlay-50x30.png,t-false,lx-17,ly-11,l-end | im-over-17-11.png",
        "l-image,i-overlay-50x30.png,t-false,lx-N10,ly-N5,l-end | im-over-southeast-10-5.png",
        "l-image,i-overlay-50x30.png,t-false,lap-bottom_right,lx-N10,ly-N5,l-end | im-over-southeast-10-5.png",
        "l-image,i-overlay-50x30.png,t-false,l-end | im-over-center.png",
        "l-image,i-overlay-50x30.png,t-false,lap-top_left,lx-N20,ly-140,l-end | im-over-minus20-140.png",
        "l-image,i-overlay-50x30.png,t-false,lx-17,ly-11,lm-multiply,l-end | im-multiply-17-11.png",
        "l-image,i-ik_canvas,bg-FF000050,w-40,h-30,lx-20,ly-30,l-end | im-block-red50-20-30-40x30.png",
    })
    void matchesImageMagick(String transformation, String reference) {
        BufferedImage out = EffectRendering.render(transformation, load("../effects/sunset-240x160.png"), 1,
                new FolderLayerSource(library), n -> { });
        BufferedImage expected = load(reference);
        int[] a = TestImages.rgb(out);
        int[] b = TestImages.rgb(expected);
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                max = Math.max(max, Math.abs((a[i] >> shift & 0xFF) - (b[i] >> shift & 0xFF)));
            }
        }
        assertThat(max).as("largest channel difference").isLessThanOrEqualTo(1);
        assertThat(Ssim.of(out, expected)).isGreaterThan(0.999);
    }

    private static BufferedImage load(String name) {
        try (InputStream in = LayerImageMagickTest.class.getResourceAsStream("/golden/layers/" + name)) {
            return Normalize.INSTANCE.apply(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
