package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** e-distort-p: the corners land where asked, and simple cases give exact pixels. */
class PerspectiveTest {

    @Test
    void theUnitSquaresCornersMapOntoTheFourPoints() {
        double[] quad = {10, 20, 300, 5, 280, 240, 0, 200};
        double[] m = Perspective.squareToQuad(quad);
        double[][] unit = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        for (int i = 0; i < 4; i++) {
            double[] p = Perspective.project(m, unit[i][0], unit[i][1]);
            assertThat(p[0]).isCloseTo(quad[2 * i], offset(1e-9));
            assertThat(p[1]).isCloseTo(quad[2 * i + 1], offset(1e-9));
            double[] back = Perspective.project(Perspective.invert(m), p[0], p[1]);
            assertThat(back[0]).isCloseTo(unit[i][0], offset(1e-9));
            assertThat(back[1]).isCloseTo(unit[i][1], offset(1e-9));
        }
    }

    @Test
    void theImagesOwnCornersGiveTheImageBack() {
        BufferedImage in = TestImages.numbered(16, 9, false);
        BufferedImage out = Perspective.of(0, 0, 16, 0, 16, 9, 0, 9).apply(in);
        for (int i = 0; i < ints(in).length; i++) {
            assertThat(ints(out)[i]).isEqualTo(0xFF000000 | ints(in)[i]);
        }
    }

    @Test
    void halfTheCornersShrinkTheImageIntoTheTopLeftQuarter() {
        BufferedImage out = Perspective.of(0, 0, 10, 0, 10, 10, 0, 10).apply(TestImages.solid(20, 20, 0xFF0000, false));
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                int expected = x < 10 && y < 10 ? 0xFFFF0000 : 0;
                assertThat(out.getRGB(x, y)).as(x + "," + y).isEqualTo(expected);
            }
        }
    }

    @Test
    void aTrapezoidNarrowsTheTopAndLeavesTransparentTriangles() {
        BufferedImage out = EffectRendering.render("e-distort-p-30_0_70_0_100_100_0_100", TestImages.solid(100, 100, 0x3366CC, false));
        assertThat(out.getRGB(5, 2) >>> 24).as("left of the narrow top").isZero();
        assertThat(out.getRGB(95, 2) >>> 24).as("right of the narrow top").isZero();
        assertThat(out.getRGB(50, 2)).isEqualTo(0xFF3366CC);
        assertThat(out.getRGB(50, 98)).isEqualTo(0xFF3366CC);
        assertThat(out.getRGB(1, 98)).isEqualTo(0xFF3366CC);
    }
}
