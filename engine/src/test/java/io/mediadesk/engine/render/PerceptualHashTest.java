package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.Limits;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PerceptualHashTest {

    /** Grey level rises (or falls) with x: every right cell is brighter (or darker) than its left. */
    private static BufferedImage horizontalRamp(int w, int h, boolean rising) {
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = TestImages.ints(image);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = rising ? x * 255 / (w - 1) : 255 - x * 255 / (w - 1);
                px[y * w + x] = v << 16 | v << 8 | v;
            }
        }
        return image;
    }

    @Test
    void aBrighteningRampSetsEveryBit() {
        assertThat(PerceptualHash.dHash(horizontalRamp(90, 80, true))).isEqualTo(0xFFFF_FFFF_FFFF_FFFFL);
    }

    @Test
    void aDarkeningRampClearsEveryBit() {
        assertThat(PerceptualHash.dHash(horizontalRamp(90, 80, false))).isZero();
    }

    @Test
    void aFlatImageHasNoBrighterNeighbourAndHashesToZero() {
        assertThat(PerceptualHash.dHash(TestImages.solid(33, 17, 0x808080, false))).isZero();
    }

    @Test
    void aTransparentImageIsSeenOverWhite() {
        // Cells are 2 px wide: x 0-7 opaque black fill cells 0-3, the transparent rest reads as white from
        // cell 4 on, so only the fourth comparison of each row (cell 4 against cell 3) is brighter.
        var image = new BufferedImage(18, 8, BufferedImage.TYPE_INT_ARGB);
        int[] px = TestImages.ints(image);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) px[y * 18 + x] = 0xFF000000;
        }
        long row = 0b0001_0000L;
        long expected = 0;
        for (int y = 0; y < 8; y++) expected = expected << 8 | row;
        assertThat(PerceptualHash.dHash(image)).isEqualTo(expected);
    }

    @Test
    void imagesSmallerThanTheGridStillHash() {
        assertThat(PerceptualHash.dHash(TestImages.solid(1, 1, 0xFFFFFF, false))).isZero();
    }

    @Test
    void distanceCountsDifferingBits() {
        assertThat(PerceptualHash.distance(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(PerceptualHash.distance(-1L, 0L)).isEqualTo(64);
    }

    @Test
    void theEightExifOrientationsOfOnePhotoHashAlike() {
        Path corpus = Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(corpus.resolve("orient_1.jpg")), "shared corpus not found at " + corpus.toAbsolutePath());
        try (Decoder decoder = new Decoder(1)) {
            long upright = PerceptualHash.of(corpus.resolve("orient_1.jpg"), decoder, Limits.DEFAULT);
            for (int o = 2; o <= 8; o++) {
                long other = PerceptualHash.of(corpus.resolve("orient_" + o + ".jpg"), decoder, Limits.DEFAULT);
                assertThat(PerceptualHash.distance(upright, other)).as("orient_%d", o).isLessThanOrEqualTo(4);
            }
            long different = PerceptualHash.of(corpus.resolve("Dragonfly_by_Bolly.jpg"), decoder, Limits.DEFAULT);
            assertThat(PerceptualHash.distance(upright, different)).isGreaterThan(12);
        }
    }
}
