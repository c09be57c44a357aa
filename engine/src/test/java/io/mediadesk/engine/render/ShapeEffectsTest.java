package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Radius, border, trim, opacity with bg, shadow and gradient: known shapes at known positions. */
class ShapeEffectsTest {

    @Test
    void radiusMaxOfASquareCutsACircle() {
        BufferedImage in = TestImages.numbered(100, 100, false);
        BufferedImage out = Radius.max().apply(in);
        for (int[] corner : new int[][] {{0, 0}, {99, 0}, {0, 99}, {99, 99}, {10, 10}, {89, 89}}) {
            assertThat(out.getRGB(corner[0], corner[1]) >>> 24).as("corner " + corner[0] + "," + corner[1]).isZero();
        }
        // the centre and the middle of each edge are inside the circle and untouched
        for (int[] inside : new int[][] {{50, 50}, {30, 50}, {50, 2}, {2, 50}}) {
            int i = inside[1] * 100 + inside[0];
            assertThat(ints(out)[i]).isEqualTo(0xFF000000 | ints(in)[i]);
        }
        // on the curve: partial coverage. Pixel (14, 14) centre is 50 - 14.5 = 35.5 from the centre on
        // each axis, 35.5 * sqrt 2 = 50.205 away: 0.205 px outside, coverage 0.295 -> alpha 75.3 -> 75
        assertThat(out.getRGB(14, 14) >>> 24).isEqualTo(75);
    }

    @Test
    void radiusRoundsOnlyTheCornersItIsGiven() {
        BufferedImage in = TestImages.solid(40, 20, 0xFF8800, false);
        BufferedImage out = Radius.corners(10, 0, 0, 0).apply(in);
        assertThat(out.getRGB(0, 0) >>> 24).isZero();
        assertThat(out.getRGB(39, 0)).isEqualTo(0xFFFF8800);
        assertThat(out.getRGB(0, 19)).isEqualTo(0xFFFF8800);
        assertThat(out.getRGB(39, 19)).isEqualTo(0xFFFF8800);
        // a radius above half the shorter side is clamped to it (10 here), like CSS
        assertThat(ints(Radius.of(500).apply(in))).containsExactly(ints(Radius.of(10).apply(in)));
    }

    @Test
    void aBorderAddsExactlyTwiceItsWidthInItsColour() {
        BufferedImage in = TestImages.numbered(20, 10, false);
        BufferedImage out = EffectRendering.render("b-5_FF0000", in);
        assertThat(out.getWidth()).isEqualTo(30);
        assertThat(out.getHeight()).isEqualTo(20);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) {
                boolean border = x < 5 || x >= 25 || y < 5 || y >= 15;
                int expected = border ? 0xFF0000 : ints(in)[(y - 5) * 20 + x - 5];
                assertThat(out.getRGB(x, y) & 0xFFFFFF).as(x + "," + y).isEqualTo(expected);
            }
        }
    }

    @Test
    void aTranslucentBorderMakesAnAlphaImage() {
        BufferedImage out = EffectRendering.render("b-1_0000FF50", TestImages.solid(2, 2, 0xFFFFFF, false));
        // 50 % opacity = round(127.5) = 128
        assertThat(out.getRGB(0, 0)).isEqualTo(0x800000FF);
        assertThat(out.getRGB(1, 1)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void trimFindsTheKnownBox() {
        BufferedImage in = TestImages.solid(50, 40, 0xFFFFFF, false);
        for (int y = 7; y < 30; y++) {
            for (int x = 12; x < 44; x++) {
                ints(in)[y * 50 + x] = (x + y) % 2 == 0 ? 0x000000 : 0x336699;
            }
        }
        assertThat(Trimmer.find(in, 10)).containsExactly(12, 7, 32, 23);
    }

    @Test
    void trimIgnoresDifferencesUpToTheThreshold() {
        BufferedImage in = TestImages.solid(10, 10, 0x808080, false);
        ints(in)[3 * 10 + 3] = 0x888888;   // 8 levels off: background at threshold 10
        ints(in)[6 * 10 + 5] = 0x8C8080;   // 12 levels off on red: content
        assertThat(Trimmer.find(in, 10)).containsExactly(5, 6, 1, 1);
        assertThat(Trimmer.find(in, 5)).containsExactly(3, 3, 3, 4);
        assertThat(Trimmer.find(TestImages.solid(4, 3, 0x123456, false), 10)).containsExactly(0, 0, 4, 3);
    }

    @Test
    void laterOpsOfTheStepArePlannedOnTheTrimmedImage() {
        // a 10 px white frame around 80x60 of content: t-true,w-40 -> trim 80x60 -> 40x30
        BufferedImage in = TestImages.solid(100, 80, 0xFFFFFF, false);
        for (int y = 10; y < 70; y++) {
            for (int x = 10; x < 90; x++) {
                ints(in)[y * 100 + x] = 0x204080;
            }
        }
        BufferedImage out = EffectRendering.render("t-true,w-40", in);
        assertThat(out.getWidth()).isEqualTo(40);
        assertThat(out.getHeight()).isEqualTo(30);
        assertThat(ints(out)).containsOnly(0x204080);
        // and a condition in the next step sees the trimmed size
        BufferedImage branch = EffectRendering.render("t-true:if-w_eq_80,w-20,if-else,w-10,if-end", in);
        assertThat(branch.getWidth()).isEqualTo(20);
    }

    @Test
    void opacityWithABackgroundBlendsToOpaque() {
        BufferedImage in = TestImages.solid(2, 1, 0x000000, false);
        BufferedImage out = EffectRendering.render("o-50,bg-FFFFFF", in);
        assertThat(Pixels.hasAlpha(out)).isFalse();
        // alpha round(127.5) = 128 of black over white: 255 * 127 / 255 = 127
        assertThat(ints(out)).containsOnly(0x7F7F7F);
        assertThat(ints(EffectRendering.render("o-50", in))).containsOnly(0x80000000);
    }

    @Test
    void roundedCornersTakeTheBackgroundColour() {
        BufferedImage out = EffectRendering.render("r-max,bg-00FF00", TestImages.solid(20, 20, 0xFF0000, false));
        assertThat(Pixels.hasAlpha(out)).isFalse();
        assertThat(out.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x00FF00);
        assertThat(out.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void aShadowFallsBelowAndRightOfTheShape() {
        BufferedImage in = TestImages.solid(100, 100, 0, true);
        for (int y = 20; y < 60; y++) {
            for (int x = 20; x < 60; x++) {
                ints(in)[y * 100 + x] = 0xFFFFFFFF;
            }
        }
        BufferedImage out = Shadow.of(0, 50, 10, 10).apply(in);
        assertThat(out.getRGB(40, 40)).as("the shape on top").isEqualTo(0xFFFFFFFF);
        assertThat(out.getRGB(65, 65)).as("shadow: 10 px down-right, half strength").isEqualTo(0x80000000);
        assertThat(out.getRGB(15, 15) >>> 24).as("nothing up-left").isZero();
        assertThat(out.getRGB(75, 75) >>> 24).as("the shadow ends 10 px past the shape").isZero();
    }

    @Test
    void theDefaultGradientFadesFromWhiteAtTheTopToNothingAtTheBottom() {
        BufferedImage out = EffectRendering.render("e-gradient", TestImages.solid(10, 100, 0x000000, false));
        // row y: t = (y + 0.5) / 100; white with alpha 255 (1 - t) over black: 253.7, 128.8, 1.3
        assertThat(out.getRGB(5, 0) & 0xFF).isEqualTo(254);
        assertThat(out.getRGB(5, 49) & 0xFF).isEqualTo(129);
        assertThat(out.getRGB(5, 99) & 0xFF).isEqualTo(1);
        assertThat(out.getRGB(0, 30)).isEqualTo(out.getRGB(9, 30));
    }

    @Test
    void aGradientStopInPixelsHoldsTheEndColourBeyondIt() {
        BufferedImage out = EffectRendering.render("e-gradient-ld-right_from-FF0000_to-0000FF_sp-20", TestImages.solid(100, 4, 0, false));
        // line 100 px, stop at 20 px = 0.2; x 0: along 0.005, t 0.025: red 255 x 0.975 = 248.6, blue 6.4
        assertThat(out.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xF90006);
        assertThat(out.getRGB(25, 2) & 0xFFFFFF).isEqualTo(0x0000FF);
        assertThat(out.getRGB(99, 3) & 0xFFFFFF).isEqualTo(0x0000FF);
    }
}
