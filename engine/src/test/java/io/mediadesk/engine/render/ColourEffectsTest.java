package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grayscale, contrast stretch, colorize, colour replace and sharpening on hand-made pixels. */
class ColourEffectsTest {

    @Test
    void grayscaleUsesRec601LumaRoundedHalfUp() {
        BufferedImage in = TestImages.of(5, 1, false, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x102030);
        // 0.299 x 255 = 76.2, 0.587 x 255 = 149.7, 0.114 x 255 = 29.1; 0x102030: 4.784 + 18.784 + 5.472 = 29.04
        assertThat(TestImages.rgb(Grayscale.INSTANCE.apply(in))).containsExactly(0x4C4C4C, 0x969696, 0x1D1D1D, 0xFFFFFF, 0x1D1D1D);
    }

    @Test
    void grayscaleKeepsAlpha() {
        BufferedImage in = TestImages.of(1, 1, true, 0x40FF0000);
        assertThat(ints(Grayscale.INSTANCE.apply(in))).containsExactly(0x404C4C4C);
    }

    @Test
    void contrastStretchMapsTheClippedLumaRangeOntoTheFullRange() {
        // 100 pixels: one at 0 and one at 255 (each 1 %, clipped), the rest from 50 to 200
        int[] values = new int[100];
        values[0] = 0;
        values[1] = 0xFFFFFF;
        for (int i = 2; i < 100; i++) {
            int v = i % 2 == 0 ? 50 : 200;
            values[i] = v << 16 | v << 8 | v;
        }
        BufferedImage in = TestImages.of(100, 1, false, values);
        assertThat(ContrastStretch.points(ints(in))).containsExactly(50, 200);
        BufferedImage out = ContrastStretch.INSTANCE.apply(in);
        assertThat(ints(out)[2]).isEqualTo(0x000000);
        assertThat(ints(out)[3]).isEqualTo(0xFFFFFF);
        // 125 -> (125 - 50) * 255 / 150 = 127.5 -> 128: the same map on every channel
        BufferedImage mid = TestImages.of(1, 1, false, 125 << 16 | 50 << 8 | 200);
        int[] map = ints(new ContrastStretchProbe(in).apply(mid));
        assertThat(map[0]).isEqualTo(128 << 16 | 0 << 8 | 255);
    }

    @Test
    void contrastStretchLeavesAFlatImageAlone() {
        BufferedImage flat = TestImages.solid(4, 4, 0x808080, false);
        assertThat(ints(ContrastStretch.INSTANCE.apply(flat))).containsOnly(0x808080);
    }

    @Test
    void colorizeMovesEachChannelTowardsTheColour() {
        BufferedImage in = TestImages.of(2, 1, false, 0x000000, 0xFFFFFF);
        // black 50 % to red: 127.5 -> 128; white: 255, 127.5 -> 128
        assertThat(ints(new Colorize(Rgba.of(255, 0, 0), 50).apply(in))).containsExactly(0x800000, 0xFF8080);
        assertThat(ints(new Colorize(Rgba.of(255, 0, 0), 0).apply(in))).containsExactly(0x000000, 0xFFFFFF);
        assertThat(ints(new Colorize(Rgba.of(0, 0, 255), 100).apply(in))).containsExactly(0x0000FF, 0x0000FF);
    }

    @Test
    void colourReplaceTurnsExactlyThePixelsWithinTolerance() {
        // distances from pure red: 0; 30 (on one channel = 6.79 % of the diagonal); 60 (13.58 %); 255
        BufferedImage in = TestImages.of(4, 1, false, 0xFF0000, 0xE10000, 0xC30000, 0x00FF00);
        ColorReplace cr = new ColorReplace(Rgba.of(0, 0, 255), 10, Optional.of(Rgba.of(255, 0, 0)));
        assertThat(ints(cr.apply(in))).containsExactly(0x0000FF, 0x0000FF, 0xC30000, 0x00FF00);
        ColorReplace exact = new ColorReplace(Rgba.of(0, 0, 255), 0, Optional.of(Rgba.of(255, 0, 0)));
        assertThat(ints(exact.apply(in))).containsExactly(0x0000FF, 0xE10000, 0xC30000, 0x00FF00);
    }

    @Test
    void colourReplaceWithoutFromReplacesTheDominantColour() {
        BufferedImage in = TestImages.of(4, 1, false, 0x00FF00, 0x00FF00, 0x00FF00, 0xFF0000);
        ColorReplace cr = new ColorReplace(Rgba.of(0, 0, 255), 0, Optional.empty());
        assertThat(ints(cr.apply(in))).containsExactly(0x0000FF, 0x0000FF, 0x0000FF, 0xFF0000);
    }

    @Test
    void colourReplaceKeepsEachPixelsAlpha() {
        BufferedImage in = TestImages.of(2, 1, true, 0x80FF0000, 0xFF00FF00);
        ColorReplace cr = new ColorReplace(Rgba.of(0, 0, 255), 0, Optional.of(Rgba.of(255, 0, 0)));
        assertThat(ints(cr.apply(in))).containsExactly(0x800000FF, 0xFF00FF00);
    }

    @Test
    void sharpeningSteepensAnEdgeAndLeavesFlatAreasAlone() {
        BufferedImage edge = TestImages.solid(20, 3, 0x404040, false);
        for (int y = 0; y < 3; y++) {
            for (int x = 10; x < 20; x++) {
                ints(edge)[y * 20 + x] = 0xC0C0C0;
            }
        }
        BufferedImage out = UnsharpMask.sharpen(10).apply(edge);
        assertThat(out.getRGB(9, 1) & 0xFF).isLessThan(0x40);
        assertThat(out.getRGB(10, 1) & 0xFF).isGreaterThan(0xC0);
        assertThat(out.getRGB(0, 1) & 0xFF).isEqualTo(0x40);
        assertThat(out.getRGB(19, 1) & 0xFF).isEqualTo(0xC0);
    }

    @Test
    void theUnsharpThresholdKeepsSmallDifferences() {
        BufferedImage ripple = TestImages.of(4, 1, false, 0x646464, 0x666666, 0x646464, 0x666666);
        // differences from the blur are about 1 level; 2 x 1 < 0.05 x 255 keeps the input
        assertThat(ints(UnsharpMask.of(0, 1, 1, 0.05).apply(ripple))).containsExactly(ints(ripple));
        // without it, the 102 between two 100s rises: its blur is below 101.5
        assertThat(ints(UnsharpMask.of(0, 1, 1, 0).apply(ripple))[1]).isEqualTo(0x676767);
    }

    /** A contrast stretch whose points come from another image, to test the map on one pixel. */
    private record ContrastStretchProbe(BufferedImage reference) implements Stage {
        @Override
        public BufferedImage apply(BufferedImage in) {
            BufferedImage both = TestImages.of(reference.getWidth() + 1, 1, false, concat(ints(reference), ints(in)[0]));
            BufferedImage out = ContrastStretch.INSTANCE.apply(both);
            return TestImages.of(1, 1, false, ints(out)[reference.getWidth()]);
        }

        private static int[] concat(int[] a, int b) {
            int[] out = java.util.Arrays.copyOf(a, a.length + 1);
            out[a.length] = b;
            return out;
        }
    }
}
