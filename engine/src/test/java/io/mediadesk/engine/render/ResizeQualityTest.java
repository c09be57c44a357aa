package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.References.load;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our resize against ImageMagick's, made once and committed (see golden/resize/README.md). */
class ResizeQualityTest {

    @ParameterizedTest(name = "{0} {1} to {2}x{3}")
    @CsvSource({
        "nuthatch-320x213.png, LANCZOS3,    107, 71,  im-lanczos-nuthatch-107x71.png",
        "nuthatch-320x213.png, LANCZOS3,    80,  124, im-lanczos-nuthatch-80x124.png",
        "nuthatch-320x213.png, LANCZOS3,    31,  20,  im-lanczos-nuthatch-31x20.png",
        "nuthatch-320x213.png, MITCHELL,    107, 71,  im-mitchell-nuthatch-107x71.png",
        "nuthatch-320x213.png, CATMULL_ROM, 107, 71,  im-catrom-nuthatch-107x71.png",
        "nuthatch-64x43.png,   LANCZOS3,    150, 100, im-lanczos-nuthatch-64x43-to-150x100.png",
        "zoneplate-256.png,    LANCZOS3,    64,  64,  im-lanczos-zoneplate-64x64.png",
        "zoneplate-256.png,    LANCZOS3,    100, 77,  im-lanczos-zoneplate-100x77.png",
        "zoneplate-256.png,    LANCZOS3,    32,  32,  im-lanczos-zoneplate-32x32.png"})
    void resizeMatchesImageMagick(String source, Kernel kernel, int w, int h, String reference) {
        BufferedImage ours = Resize.to(w, h).withKernel(kernel).apply(load(source));
        double ssim = Ssim.of(ours, load(reference));
        System.out.printf("SSIM vs ImageMagick %-42s %s %.5f%n", reference, kernel, ssim);
        assertThat(ssim).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void boxPreReductionStillMatchesImageMagickOnAPhoto() {
        // 320 -> 31 is a 10x reduction: a gap of 3 box-averages 3x3 blocks first.
        BufferedImage ours = Resize.to(31, 20).withReducingGap(3).apply(load("nuthatch-320x213.png"));
        assertThat(Ssim.of(ours, load("im-lanczos-nuthatch-31x20.png"))).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void nearestNeighbourScoresClearlyWorseOnTheZonePlate() {
        BufferedImage source = load("zoneplate-256.png");
        BufferedImage reference = load("im-lanczos-zoneplate-64x64.png");
        double ours = Ssim.of(Resize.to(64, 64).apply(source), reference);
        double nearest = Ssim.of(References.nearest(source, 64, 64), reference);
        assertThat(nearest).isLessThan(0.5).isLessThan(ours - 0.4);
    }
}
