package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.References.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SsimTest {

    @Test
    void identicalImagesScoreExactlyOne() {
        BufferedImage photo = load("nuthatch-320x213.png");
        assertThat(Ssim.of(photo, TestImages.copy(photo))).isEqualTo(1.0, within(1e-12));
    }

    @Test
    void twoFlatGreysScoreTheLuminanceTermWorkedOutByHand() {
        // Flat images: no variance, no covariance, so SSIM = (2*100*110 + C1) / (100^2 + 110^2 + C1)
        // with C1 = (0.01 * 255)^2 = 6.5025: 22006.5025 / 22106.5025.
        BufferedImage a = TestImages.solid(20, 20, 0x646464, false);
        BufferedImage b = TestImages.solid(20, 20, 0x6E6E6E, false);
        assertThat(Ssim.of(a, b)).isEqualTo(0.9954764440915066, within(1e-12));
    }

    @Test
    void aFlatImageAgainstStripesOfTheSameMeanLosesTheStructureTerm() {
        // Stripes 0/200 have mean 100 only on average; but a flat 100 has zero variance, so the
        // contrast-structure term (2 cov + C2) / (var_a + var_b + C2) = C2 / (var_b + C2) is tiny.
        int[] stripes = new int[30 * 30];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = i % 2 == 0 ? 0 : 0xC8C8C8;
        }
        double ssim = Ssim.of(TestImages.solid(30, 30, 0x646464, false), TestImages.of(30, 30, false, stripes));
        assertThat(ssim).isLessThan(0.01);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "im-lanczos-nuthatch-107x71.png, vips-lanczos3-nuthatch-107x71.png, 0.999451",
        "im-lanczos-zoneplate-64x64.png, vips-lanczos3-zoneplate-64x64.png, 0.870479",
        "im-lanczos-nuthatch-107x71.png, im-mitchell-nuthatch-107x71.png, 0.992449",
        "im-catrom-nuthatch-107x71.png, im-mitchell-nuthatch-107x71.png, 0.997045"})
    void ssimAgreesWithScikitImageOnCommittedPairs(String a, String b, double skimage) {
        assertThat(Ssim.of(load(a), load(b))).isEqualTo(skimage, within(1e-6));
    }

    @Test
    void ssimAgreesWithScikitImageOnANearestNeighbourZonePlate() {
        BufferedImage nearest = References.nearest(load("zoneplate-256.png"), 64, 64);
        assertThat(Ssim.of(nearest, load("im-lanczos-zoneplate-64x64.png"))).isEqualTo(0.112462, within(1e-6));
    }

    @Test
    void ssimIsSymmetric() {
        BufferedImage a = load("im-lanczos-nuthatch-107x71.png");
        BufferedImage b = load("im-mitchell-nuthatch-107x71.png");
        assertThat(Ssim.of(a, b)).isEqualTo(Ssim.of(b, a), within(1e-12));
    }

    @Test
    void ssimRejectsDifferentSizesAndImagesSmallerThanItsWindow() {
        assertThatThrownBy(() -> Ssim.of(TestImages.numbered(20, 20, false), TestImages.numbered(20, 21, false)))
                .hasMessageContaining("same-size");
        assertThatThrownBy(() -> Ssim.of(TestImages.numbered(10, 20, false), TestImages.numbered(10, 20, false)))
                .hasMessageContaining("11x11");
    }
}
