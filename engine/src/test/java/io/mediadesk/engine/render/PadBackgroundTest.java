package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Padding backgrounds painted from the image: dominant colours and the blurred copy. */
class PadBackgroundTest {

    /** 30x10: 20 columns of red, 8 of blue, 2 of green. */
    private static BufferedImage stripes() {
        BufferedImage in = TestImages.solid(30, 10, 0, false);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 30; x++) {
                ints(in)[y * 30 + x] = x < 20 ? 0xFF0000 : x < 28 ? 0x0000FF : 0x00FF00;
            }
        }
        return in;
    }

    @Test
    void theDominantColoursAreTheFullestInOrderWithTheirExactMeans() {
        assertThat(Dominant.colors(stripes(), 3)).containsExactly(0xFFFF0000, 0xFF0000FF, 0xFF00FF00);
        BufferedImage near = TestImages.of(3, 1, false, 0x101010, 0x121212, 0x141414);
        assertThat(Dominant.colors(near, 1)).containsExactly(0xFF121212);
    }

    @Test
    void halfTransparentPixelsDoNotVote() {
        BufferedImage in = TestImages.of(3, 1, true, 0x10FF0000, 0x10FF0000, 0xFF00FF00);
        assertThat(Dominant.colors(in, 1)).containsExactly(0xFF00FF00);
    }

    @Test
    void padOnTheDominantColour() {
        BufferedImage out = EffectRendering.render("w-30,h-30,cm-pad_resize,bg-dominant", stripes());
        assertThat(out.getWidth()).isEqualTo(30);
        assertThat(out.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(out.getRGB(29, 29) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(out.getRGB(25, 15) & 0xFFFFFF).isEqualTo(0x0000FF);
    }

    @Test
    void aTwoColourGradientRunsFromTopToBottom() {
        BufferedImage canvas = new PadBackground.DominantGradient(2).paint(stripes(), 4, 3, 1);
        assertThat(ints(canvas)).containsExactly(
                0xFF0000, 0xFF0000, 0xFF0000, 0xFF0000,
                0x800080, 0x800080, 0x800080, 0x800080,
                0x0000FF, 0x0000FF, 0x0000FF, 0x0000FF);
    }

    @Test
    void fourColoursSitAtTheCornersClockwise() {
        BufferedImage four = TestImages.of(10, 1, false, 0xFF0000, 0xFF0000, 0xFF0000, 0xFF0000,
                0x00FF00, 0x00FF00, 0x00FF00, 0x0000FF, 0x0000FF, 0xFFFFFF);
        BufferedImage canvas = new PadBackground.DominantGradient(4).paint(four, 3, 3, 1);
        assertThat(ints(canvas)[0]).isEqualTo(0xFF0000);
        assertThat(ints(canvas)[2]).isEqualTo(0x00FF00);
        assertThat(ints(canvas)[8]).isEqualTo(0x0000FF);
        assertThat(ints(canvas)[6]).isEqualTo(0xFFFFFF);
    }

    @Test
    void aBlurredBackgroundOfAFlatImageIsThatColourShiftedByTheBrightness() {
        BufferedImage flat = TestImages.solid(40, 20, 0x806040, false);
        BufferedImage out = EffectRendering.render("w-60,h-60,cm-pad_resize,bg-blurred_30_N16", flat);
        assertThat(out.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x705030);
        assertThat(out.getRGB(30, 30) & 0xFFFFFF).isEqualTo(0x806040);
        BufferedImage auto = EffectRendering.render("w-600,h-200,cm-pad_resize,bg-blurred", flat);
        assertThat(auto.getRGB(10, 100) & 0xFFFFFF).isEqualTo(0x806040);
    }
}
