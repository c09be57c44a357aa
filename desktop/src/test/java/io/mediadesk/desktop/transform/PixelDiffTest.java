package io.mediadesk.desktop.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.render.Rendered;
import io.mediadesk.engine.render.RenderedPixels;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures worked out by hand on tiny arrays. */
class PixelDiffTest {
    private static RenderedPixels pixels(int w, int h, int... argb) {
        return new RenderedPixels(w, h, argb, new Rendered(w, h, OutputFormat.PNG, 1, List.of()));
    }

    @Test
    void identicalPixelsDifferByNothing() {
        RenderedPixels a = pixels(2, 1, 0xFF102030, 0xFFFFFFFF);
        PixelDiff diff = PixelDiff.between(a, pixels(2, 1, 0xFF102030, 0xFFFFFFFF), 8);
        assertThat(diff.meanAbsolute()).isZero();
        assertThat(diff.shareOver()).isZero();
        assertThat(diff.maxDifference()).isZero();
        assertThat(diff.same()).isTrue();
        assertThat(diff.sizesDiffer()).isFalse();
        assertThat(diff.heat()).containsOnly(0xFF000000);
    }

    @Test
    void meanShareAndHeatByHand() {
        // pixel 0: R differs by 4 (under the threshold); pixel 1: G by 100 and B by 20; pixels 2, 3 equal.
        RenderedPixels a = pixels(2, 2, 0xFF000000, 0xFF000000, 0xFF808080, 0x00000000);
        RenderedPixels b = pixels(2, 2, 0xFF040000, 0xFF006414, 0xFF808080, 0x00000000);
        PixelDiff diff = PixelDiff.between(a, b, 8);
        assertThat(diff.meanAbsolute()).isCloseTo((4 + 100 + 20) / 16.0, within(1e-12));
        assertThat(diff.shareOver()).isEqualTo(0.25);
        assertThat(diff.maxDifference()).isEqualTo(100);
        assertThat(diff.same()).isFalse();
        assertThat(diff.heat()[0]).isEqualTo(0xFF200000); // 4 × 4 = 16 → red 32
        assertThat(diff.heat()[1]).isEqualTo(0xFFFFFF00); // 400 → capped 255 → yellow
        assertThat(diff.heat()[2]).isEqualTo(0xFF000000);
    }

    @Test
    void aDifferentSizeIsScaledToTheFirstAndReported() {
        RenderedPixels local = pixels(2, 2, 0xFF000000, 0xFF000000, 0xFF000000, 0xFF000000);
        int[] cdn = new int[16];
        Arrays.fill(cdn, 0xFF000000);
        Arrays.fill(cdn, 0, 2, 0xFFFF0000); // top-left 2×1 of the 4×4 red: what nearest samples of the first pixel?
        PixelDiff diff = PixelDiff.between(local, pixels(4, 4, cdn), 8);
        assertThat(diff.sizesDiffer()).isTrue();
        assertThat(diff.width()).isEqualTo(2);
        // nearest samples CDN (1,1), (3,1), (1,3), (3,3): (1,1) is black, so nothing differs.
        assertThat(diff.maxDifference()).isZero();
        cdn[4 + 1] = 0xFFFF0000; // (1,1) red
        PixelDiff again = PixelDiff.between(local, pixels(4, 4, cdn), 8);
        assertThat(again.shareOver()).isEqualTo(0.25);
        assertThat(again.meanAbsolute()).isCloseTo(255 / 16.0, within(1e-12));
    }
}
