package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The DCT-scaled decoder against the general one: its 1/s image must be the s x s block average of
 * ImageIO's full decode, up to the difference between averaging in the DCT and in pixels (and
 * libjpeg's chroma upsampling), for baseline and progressive, 4:2:0, 4:2:2, 4:4:4 and grey. Not for
 * afl_not_kitty.jpg: at quality 10 its full-size pixels overshoot 0-255 and are clamped before any
 * average, which a scaled decode (ours or libjpeg's, which ours matches there within 0.02 levels)
 * never sees.
 */
class ScaledJpegTest {

    @ParameterizedTest(name = "{0} at 1/{1}")
    @CsvSource({
        "Kleiber_by_Lukas_Baubkus.jpg, 8", "Kleiber_by_Lukas_Baubkus.jpg, 2",
        "seeding_baseline.jpg, 4", "seeding_by_Clements_Engelhardt.jpg, 4", "seeding_by_Clements_Engelhardt.jpg, 8",
        "sunset_by_Aitzol_Berasategi.jpg, 2", "Dragonfly_by_Bolly.jpg, 8", "Wine_by_Jakkub_Mede.jpg, 4",
        "plasma_Grey_2560x1600.jpg, 4", "panorama_strip_6028x300.jpg, 8", "orient_6.jpg, 2", "pixel_1x1.jpg, 8",
        "imagemagick_background_1x118.jpg, 4"})
    void matchesTheBlockAverageOfTheFullDecode(String name, int scale) throws IOException {
        byte[] bytes = Files.readAllBytes(Corpus.file(name));
        BufferedImage full = asStoredRgb(ImageIO.read(Corpus.file(name).toFile()));

        BufferedImage scaled = ScaledJpeg.decode(bytes, scale, () -> false);

        assertThat(scaled.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(scaled.getWidth()).isEqualTo((full.getWidth() + scale - 1) / scale);
        assertThat(scaled.getHeight()).isEqualTo((full.getHeight() + scale - 1) / scale);
        double[] error = meanAbsoluteError(scaled, full, scale);
        // Luma-dominated green within 1.5 levels on average; chroma a little looser (upsampling differs).
        assertThat(error[1]).as("green MAE %s", Arrays.toString(error)).isLessThan(1.5);
        assertThat(error[0]).as("red MAE").isLessThan(3.0);
        assertThat(error[2]).as("blue MAE").isLessThan(3.0);
    }

    @Test
    void anOddSizedJdkWrittenJpegIsDecodedToTheRoundedUpSize() throws IOException {
        BufferedImage image = new BufferedImage(203, 101, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (x * 255 / 203) << 16 | (y * 255 / 101) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);

        BufferedImage scaled = ScaledJpeg.decode(out.toByteArray(), 4, () -> false);

        assertThat(scaled.getWidth()).isEqualTo(51);
        assertThat(scaled.getHeight()).isEqualTo(26);
        assertThat(meanAbsoluteError(scaled, ImageIO.read(new java.io.ByteArrayInputStream(out.toByteArray())), 4)[1])
                .isLessThan(1.5);
    }

    @Test
    void cmykAndYcckAreLeftToTheGeneralDecoder() throws IOException {
        for (String name : new String[] {"wx_cmyk.jpg", "cmyk_icc_Picture_0B.jpg"}) {
            byte[] bytes = Files.readAllBytes(Corpus.file(name));
            assertThatThrownBy(() -> ScaledJpeg.decode(bytes, 2, () -> false)).isInstanceOf(ScaledJpeg.Unsupported.class);
        }
    }

    @Test
    void aTruncatedOrDamagedFileIsRefusedNotGuessed() throws IOException {
        byte[] bytes = Files.readAllBytes(Corpus.file("Kleiber_by_Lukas_Baubkus.jpg"));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> ScaledJpeg.decode(truncated, 8, () -> false)).isInstanceOf(IOException.class);

        byte[] progressive = Files.readAllBytes(Corpus.file("seeding_by_Clements_Engelhardt.jpg"));
        byte[] cut = Arrays.copyOf(progressive, progressive.length * 2 / 3);
        assertThatThrownBy(() -> ScaledJpeg.decode(cut, 2, () -> false)).isInstanceOf(IOException.class);

        byte[] noise = bytes.clone();
        for (int i = bytes.length / 3; i < bytes.length / 3 + 4000; i++) noise[i] = (byte) (i * 31);
        assertThatThrownBy(() -> ScaledJpeg.decode(noise, 8, () -> false)).isInstanceOf(IOException.class);
    }

    @Test
    void anAbortStopsTheDecode() throws IOException {
        byte[] bytes = Files.readAllBytes(Corpus.file("Kleiber_by_Lukas_Baubkus.jpg"));
        assertThatThrownBy(() -> ScaledJpeg.decode(bytes, 8, () -> true)).isInstanceOf(IOException.class);
    }

    @Test
    void theScaleIsThePowerOfTwoThatKeepsOneAndAHalfTimesTheTarget() {
        assertThat(Subsampling.dctScale(6028, 3391, 400, 225)).isEqualTo(8);  // 754 >= 600
        assertThat(Subsampling.dctScale(4224, 3168, 400, 300)).isEqualTo(4);  // 528 < 600
        assertThat(Subsampling.dctScale(6028, 3391, 1200, 0)).isEqualTo(2);   // 1507 < 1800
        assertThat(Subsampling.dctScale(4224, 3168, 1200, 0)).isEqualTo(2);   // 2112 >= 1800
        assertThat(Subsampling.dctScale(2000, 1000, 1500, 0)).isEqualTo(1);
        assertThat(Subsampling.dctScale(1000, 1000, 0, 0)).isEqualTo(1);
    }

    /** Grey as stored: {@code getRGB} on a TYPE_BYTE_GRAY image would gamma-shift it (Java calls it linear). */
    private static BufferedImage asStoredRgb(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) return image;
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                rgb.setRGB(x, y, image.getRaster().getSample(x, y, 0) * 0x010101);
            }
        }
        return rgb;
    }

    /** Per channel (R, G, B): mean |scaled - box average of full| over the whole blocks. */
    static double[] meanAbsoluteError(BufferedImage scaled, BufferedImage full, int s) {
        int w = full.getWidth() / s;
        int h = full.getHeight() / s;
        double[] sum = new double[3];
        int[] row = new int[full.getWidth() * s];
        for (int y = 0; y < h; y++) {
            full.getRGB(0, y * s, full.getWidth(), s, row, 0, full.getWidth());
            for (int x = 0; x < w; x++) {
                double[] avg = new double[3];
                for (int dy = 0; dy < s; dy++) {
                    for (int dx = 0; dx < s; dx++) {
                        int p = row[dy * full.getWidth() + x * s + dx];
                        avg[0] += p >> 16 & 0xFF;
                        avg[1] += p >> 8 & 0xFF;
                        avg[2] += p & 0xFF;
                    }
                }
                int q = scaled.getRGB(x, y);
                sum[0] += Math.abs(avg[0] / (s * s) - (q >> 16 & 0xFF));
                sum[1] += Math.abs(avg[1] / (s * s) - (q >> 8 & 0xFF));
                sum[2] += Math.abs(avg[2] / (s * s) - (q & 0xFF));
            }
        }
        int n = Math.max(1, w * h);
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }
}
