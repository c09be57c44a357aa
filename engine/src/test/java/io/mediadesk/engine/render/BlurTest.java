package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The Gaussian on images whose answer is known without running it. */
class BlurTest {

    @Test
    void imageKitRadiusMapsToSigmaOnePlusHalfTheRadius() {
        assertThat(Blur.imageKit(10).sigma()).isEqualTo(6.0);
        assertThat(Blur.imageKit(1).sigma()).isEqualTo(1.5);
        assertThat(Blur.imageKit(100).sigma()).isEqualTo(51.0);
        assertThat(Blur.imageKit(10).radius()).isEqualTo(18);
    }

    @Test
    void theKernelSumsToOneAndFallsAwayFromTheCentre() {
        float[] w = Blur.sigma(2).weights();
        double sum = w[0];
        for (int k = 1; k < w.length; k++) {
            sum += 2 * w[k];
            assertThat(w[k]).isLessThan(w[k - 1]);
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        // exp(-1/8) relative to the centre, for sigma 2
        assertThat(w[1] / w[0]).isCloseTo((float) Math.exp(-1.0 / 8), org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void aWhiteDotSpreadsSymmetricallyAndKeepsItsEnergy() {
        BufferedImage dot = TestImages.solid(21, 21, 0, false);
        ints(dot)[10 * 21 + 10] = 0xFFFFFF;
        BufferedImage out = Blur.sigma(1.5).apply(dot);
        long total = 0;
        for (int y = 0; y < 21; y++) {
            for (int x = 0; x < 21; x++) {
                int v = out.getRGB(x, y) & 0xFF;
                total += v;
                assertThat(out.getRGB(20 - x, y) & 0xFF).as("mirror x").isEqualTo(v);
                assertThat(out.getRGB(x, 20 - y) & 0xFF).as("mirror y").isEqualTo(v);
                assertThat(out.getRGB(y, x) & 0xFF).as("transpose").isEqualTo(v);
                assertThat(out.getRGB(x, y) >> 16 & 0xFF).as("grey stays grey").isEqualTo(v);
            }
        }
        float[] w = Blur.sigma(1.5).weights();
        assertThat(out.getRGB(10, 10) & 0xFF).isEqualTo(Math.round(255 * w[0] * w[0]));
        assertThat(out.getRGB(12, 10) & 0xFF).isEqualTo(Math.round(255 * w[2] * w[0]));
        // 255 spread over the kernel; each of the pixels rounds by at most 1/2
        assertThat(total).isBetween(255L - 30, 255L + 30);
    }

    @Test
    void aFlatImageStaysExactlyFlat() {
        BufferedImage flat = TestImages.solid(30, 7, 0x7F3A10, false);
        assertThat(ints(Blur.imageKit(100).apply(flat))).containsOnly(0x7F3A10);
        BufferedImage translucent = TestImages.solid(9, 9, 0x80FF8000, true);
        assertThat(ints(Blur.sigma(3).apply(translucent))).containsOnly(0x80FF8000);
    }

    @Test
    void transparentPixelsDoNotBleedTheirColour() {
        // left half opaque red, right half transparent *green*: the blur must stay red where visible
        BufferedImage in = TestImages.solid(20, 4, 0, true);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 20; x++) {
                ints(in)[y * 20 + x] = x < 10 ? 0xFFFF0000 : 0x0000FF00;
            }
        }
        BufferedImage out = Blur.sigma(2).apply(in);
        for (int x = 0; x < 20; x++) {
            int p = out.getRGB(x, 1);
            if (p >>> 24 != 0) {
                assertThat(p & 0xFFFFFF).as("x " + x).isEqualTo(0xFF0000);
            }
        }
        assertThat(out.getRGB(10, 1) >>> 24).isBetween(90, 165);
    }

    @Test
    void theThreadCountDoesNotChangeAByte() {
        BufferedImage in = TestImages.numbered(37, 23, true);
        int[] one = ints(Blur.sigma(2.5).apply(in));
        for (int threads : new int[] {2, 3, 8}) {
            assertThat(ints(Blur.sigma(2.5).withParallelism(threads).apply(in))).containsExactly(one);
        }
    }

    @Test
    void largeSigmasUseThreeBoxesWhoseVariancesAddUpToSigmaSquared() {
        for (double sigma : new double[] {8.5, 12, 26, 51}) {
            double variance = 0;
            for (int r : BoxGauss.radii(sigma)) {
                int width = 2 * r + 1;
                variance += (width * width - 1) / 12.0;   // the variance of a discrete box
            }
            assertThat(Math.sqrt(variance)).as("sigma " + sigma).isCloseTo(sigma, org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void theBoxApproximationStaysCloseToTheExactGaussian() {
        BufferedImage photo = EffectsQualityTest.load("sunset-240x160.png");
        BufferedImage boxes = Blur.sigma(12).apply(photo);
        BufferedImage exact = Blur.sigma(12).withRadius(37).apply(photo); // an explicit radius keeps the exact kernel
        assertThat(Ssim.of(boxes, exact)).isGreaterThan(0.99);
        assertThat(EffectsQualityTest.meanDifference(boxes, exact)).isLessThan(1.5);
    }

    @Test
    void theBoxPathIsAlsoIndependentOfTheThreadCount() {
        BufferedImage in = TestImages.numbered(57, 41, true);
        int[] one = ints(Blur.sigma(20).apply(in));
        assertThat(ints(Blur.sigma(20).withParallelism(3).apply(in))).containsExactly(one);
    }

    @Test
    void theInputIsNotTouched() {
        BufferedImage in = TestImages.numbered(8, 8, false);
        BufferedImage before = TestImages.copy(in);
        Blur.sigma(1).apply(in);
        assertThat(ints(in)).containsExactly(ints(before));
    }
}
