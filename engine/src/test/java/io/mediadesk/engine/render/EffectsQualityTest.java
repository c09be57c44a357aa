package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our effects against ImageMagick's on a photo detail, made once and committed (see
 * golden/effects/README.md): SSIM on luma for structure, and the mean per-channel difference
 * so a colour shift cannot hide behind a good SSIM. The mean differences of about 0.5 are
 * rounding: ImageMagick's Q16 pipeline lands a level lower where we round half up (e.g. luma
 * 206.58 is 206 there, 207 here), so about half the values differ by exactly 1.
 */
class EffectsQualityTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "bl-10,                   im-blur-0x6.png,                0.995, 1.0",
        "bl-3,                    im-blur-0x2.5.png,              0.995, 1.0",
        "e-grayscale,             im-grayscale-rec601luma.png,    0.995, 0.6",
        "e-sharpen,               im-unsharp-0x1+1+0.png,         0.99,  1.0",
        "e-usm-2-2-0.8-0.024,     im-unsharp-2x2+0.8+0.024.png,   0.99,  1.0",
        "e-colorize-co-FF0000_in-30, im-colorize-FF0000-30.png,   0.995, 0.6",
        "e-contrast,              im-contrast-stretch-1x1.png,    0.99,  3.0"})
    void effectMatchesImageMagick(String effect, String reference, double minSsim, double maxMeanDifference) {
        BufferedImage source = load("sunset-240x160.png");
        BufferedImage ours = EffectRendering.render(effect, source);
        BufferedImage theirs = load(reference);
        double ssim = Ssim.of(ours, theirs);
        double mean = meanDifference(ours, theirs);
        System.out.printf("vs ImageMagick %-28s SSIM %.5f, mean |difference| %.3f%n", effect, ssim, mean);
        assertThat(ssim).isGreaterThanOrEqualTo(minSsim);
        assertThat(mean).isLessThanOrEqualTo(maxMeanDifference);
    }

    /** Mean absolute difference over the R, G and B values of two same-sized images. */
    static double meanDifference(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    static BufferedImage load(String name) {
        var url = EffectsQualityTest.class.getResource("/golden/effects/" + name);
        try {
            return Normalize.INSTANCE.apply(ImageIO.read(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
