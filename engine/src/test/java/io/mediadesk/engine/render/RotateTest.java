package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RotateTest {

    /*
     * Worked out with cos/sin tables: 30 deg -> cos .866025, sin .5; 45 deg -> .707107 both;
     * 10 deg -> cos .984808, sin .173648; 15 deg -> cos .965926, sin .258819.
     * e.g. 100x50 at 30: W = 100 * .866025 + 50 * .5 = 111.60 -> 112, H = 100 * .5 + 50 * .866025
     * = 93.30 -> 93.
     */
    @ParameterizedTest(name = "{0}x{1} turned {2} -> {3}x{4}")
    @CsvSource({
        "100, 50,    0,     100, 50",
        "100, 50,   90,      50, 100",
        "100, 50,  -90,      50, 100",
        "100, 50,  180,     100, 50",
        "100, 50,  270,      50, 100",
        "100, 50,  360,     100, 50",
        "100, 50,  450,      50, 100",
        "100, 50,   30,     112, 93",
        "100, 50,  -30,     112, 93",
        "100, 50,  330,     112, 93",
        "100, 50,   60,      93, 112",
        "100, 50,   45,     106, 106",
        "100, 100,  45,     141, 141",
        "300, 200, 135,     354, 354",
        "3,   1,    30,       3, 2",
        "1,   1,    45,       1, 1",
        "7,   3,    0.001,    7, 3",
        "640, 480, -15,     742, 629",
        "4272, 2848, 10,   4702, 3547"})
    void canvasSizeFollowsTheDocumentedRule(int w, int h, double degrees, int outW, int outH) {
        assertThat(RotatedBounds.of(w, h, degrees)).isEqualTo(new RotatedBounds(outW, outH));
        BufferedImage out = Rotate.by(degrees, Rgba.BLACK).apply(TestImages.solid(w, h, 0xFF808080, false));
        assertThat(new int[] {out.getWidth(), out.getHeight()}).containsExactly(outW, outH);
    }

    @ParameterizedTest
    @ValueSource(doubles = {30, -17.5, 45, 100, 200})
    void aSolidImageKeepsAnExactCentreAndBackgroundCorners(double degrees) {
        BufferedImage out = Rotate.by(degrees, Rgba.of(255, 0, 0)).apply(TestImages.solid(41, 31, 0x336699, false));
        int w = out.getWidth();
        int h = out.getHeight();
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(out.getRGB(w / 2, h / 2) & 0xFFFFFF).isEqualTo(0x336699);
        for (int[] corner : new int[][] {{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}}) {
            assertThat(out.getRGB(corner[0], corner[1]) & 0xFFFFFF).isEqualTo(0xFF0000);
        }
    }

    @Test
    void aTransparentBackgroundLeavesTransparentCornersAndAntialiasedEdges() {
        BufferedImage out = Rotate.by(30, Rgba.TRANSPARENT).apply(TestImages.solid(41, 31, 0x336699, false));
        int w = out.getWidth();
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(ints(out)[w * (out.getHeight() / 2) + w / 2]).isEqualTo(0xFF336699);
        assertThat(ints(out)[0] >>> 24).isZero();
        long partial = java.util.Arrays.stream(ints(out)).filter(p -> p >>> 24 > 0 && p >>> 24 < 255).count();
        long covered = java.util.Arrays.stream(ints(out)).filter(p -> p >>> 24 > 0).count();
        assertThat(partial).as("edge pixels partly covered").isGreaterThan(50);
        // Partly covered pixels keep the image's colour: nothing of the transparent black leaks in.
        assertThat(java.util.Arrays.stream(ints(out)).filter(p -> p >>> 24 > 0).map(p -> p & 0xFFFFFF).distinct())
                .containsOnly(0x336699);
        // Coverage is conserved: total alpha is the source area, within a pixel's worth per edge.
        double area = java.util.Arrays.stream(ints(out)).mapToDouble(p -> (p >>> 24) / 255.0).sum();
        assertThat(area).isBetween(41 * 31 - 4.0, 41 * 31 + 4.0);
        assertThat(covered).isGreaterThan(41 * 31);
    }

    @Test
    void anOpaqueBackgroundBlendsTheEdges() {
        BufferedImage out = Rotate.by(20, Rgba.BLACK).apply(TestImages.solid(30, 30, 0xFFFFFF, false));
        long greys = java.util.Arrays.stream(ints(out)).map(p -> p & 0xFF).filter(v -> v > 0 && v < 255).count();
        assertThat(greys).isGreaterThan(60);
    }

    @Test
    void turningAHairPastAQuarterMatchesTheLosslessQuarterTurn() {
        BufferedImage in = ResizeTest.noise(9, 5, false, 11);
        assertThat(ints(Rotate.by(90 + 1e-9, Rgba.BLACK).apply(in))).isEqualTo(ints(Orientation.ROTATE_90.apply(in)));
        assertThat(ints(Rotate.by(-90 - 1e-9, Rgba.BLACK).apply(in))).isEqualTo(ints(Orientation.ROTATE_270.apply(in)));
        assertThat(ints(Rotate.by(180 + 1e-9, Rgba.BLACK).apply(in))).isEqualTo(ints(Orientation.ROTATE_180.apply(in)));
    }

    @Test
    void exactQuarterTurnsAreLosslessShuffles() {
        BufferedImage in = TestImages.numbered(3, 2, true);
        assertThat(ints(Rotate.by(90, Rgba.BLACK).apply(in))).isEqualTo(ints(Orientation.ROTATE_90.apply(in)));
        assertThat(ints(Rotate.by(-90, Rgba.BLACK).apply(in))).isEqualTo(ints(Orientation.ROTATE_270.apply(in)));
        assertThat(ints(Rotate.by(540, Rgba.BLACK).apply(in))).isEqualTo(ints(Orientation.ROTATE_180.apply(in)));
        assertThat(ints(Rotate.by(-360, Rgba.BLACK).apply(in))).isEqualTo(ints(in));
    }

    @Test
    void threadCountDoesNotChangeASingleByteOfARotation() {
        BufferedImage in = ResizeTest.noise(120, 70, true, 9);
        int[] single = ints(Rotate.by(-23.5, Rgba.of(9, 8, 7, 6)).apply(in));
        for (int threads : new int[] {2, 5}) {
            assertThat(ints(Rotate.by(-23.5, Rgba.of(9, 8, 7, 6)).withParallelism(threads).apply(in))).isEqualTo(single);
        }
    }

    @Test
    void rotateLeavesItsInputUntouched() {
        BufferedImage in = ResizeTest.noise(20, 10, true, 5);
        BufferedImage before = TestImages.copy(in);
        Rotate.by(33, Rgba.WHITE).apply(in);
        assertThat(ints(in)).isEqualTo(ints(before));
    }

    @Test
    void nonFiniteAnglesAreRejected() {
        assertThatThrownBy(() -> Rotate.by(Double.NaN, Rgba.BLACK)).hasMessageContaining("finite");
        assertThatThrownBy(() -> RotatedBounds.of(10, 10, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }
}
