package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Smart crop on images whose subject is placed at a known position on a flat background. */
class SaliencyTest {

    /** A flat grey canvas with a noisy, colourful square subject at (sx, sy). */
    static BufferedImage subjectAt(int w, int h, int sx, int sy, int size, boolean alpha) {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(px, 0xFF808080);
        Random random = new Random(42);
        for (int y = sy; y < sy + size; y++) {
            for (int x = sx; x < sx + size; x++) {
                px[y * w + x] = 0xFF000000 | random.nextInt(0xFFFFFF);
            }
        }
        return img;
    }

    @ParameterizedTest(name = "{0}x{1} subject at {2},{3} size {4}, window {5}x{6}")
    @CsvSource({
        // w, h, subject x, y, size, window w, h
        "1200, 800, 900, 100, 200, 400, 400",
        "1200, 800, 40, 560, 200, 400, 400",
        "1200, 800, 500, 300, 200, 300, 300",
        "4000, 1000, 3500, 400, 300, 1000, 1000",
        "600, 2400, 200, 100, 150, 600, 600",
        "600, 2400, 200, 2100, 150, 600, 600",
        "300, 300, 10, 10, 50, 100, 100",
    })
    void theWindowContainsTheSubject(int w, int h, int sx, int sy, int size, int ww, int wh) {
        int[] at = Saliency.bestWindow(subjectAt(w, h, sx, sy, size, false), ww, wh);
        assertThat(at[0]).isBetween(0, w - ww);
        assertThat(at[1]).isBetween(0, h - wh);
        // The whole subject lies inside the chosen window (one analysis cell of slack).
        int slack = (int) Math.ceil(Math.max(w, h) / (double) Saliency.ANALYSIS_SIDE);
        assertThat(at[0]).isLessThanOrEqualTo(sx + slack);
        assertThat(at[0] + ww).isGreaterThanOrEqualTo(sx + size - slack);
        assertThat(at[1]).isLessThanOrEqualTo(sy + slack);
        assertThat(at[1] + wh).isGreaterThanOrEqualTo(sy + size - slack);
    }

    @Test
    void aUniformImageIsCroppedFromTheCentreLikeFocusCenter() {
        BufferedImage flat = subjectAt(1000, 600, 0, 0, 0, false);
        assertThat(Saliency.bestWindow(flat, 400, 600)).containsExactly(300, 0);
        assertThat(Saliency.bestWindow(flat, 1000, 200)).containsExactly(0, 200);
    }

    @Test
    void transparentPixelsAreNotInteresting() {
        BufferedImage img = subjectAt(1000, 400, 50, 50, 300, true);
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        // Make the left subject invisible and paint a visible one on the right.
        for (int y = 50; y < 350; y++) {
            for (int x = 50; x < 350; x++) {
                px[y * 1000 + x] &= 0x00FFFFFF;
            }
        }
        BufferedImage right = subjectAt(1000, 400, 650, 50, 300, true);
        int[] rp = ((java.awt.image.DataBufferInt) right.getRaster().getDataBuffer()).getData();
        for (int y = 50; y < 350; y++) {
            System.arraycopy(rp, y * 1000 + 650, px, y * 1000 + 650, 300);
        }
        int[] at = Saliency.bestWindow(img, 400, 400);
        assertThat(at[0]).isGreaterThanOrEqualTo(550);
    }

    @Test
    void aStripThinnerThanTheReductionStepIsReadWithinItsEdges() {
        // 16000x3: cells of 63 px, taller than the image; the subject is 100 px at x 12000
        BufferedImage strip = subjectAt(16000, 3, 0, 0, 0, false);
        int[] px = ((java.awt.image.DataBufferInt) strip.getRaster().getDataBuffer()).getData();
        Random random = new Random(1);
        for (int y = 0; y < 3; y++) {
            for (int x = 12000; x < 12100; x++) {
                px[y * 16000 + x] = 0xFF000000 | random.nextInt(0xFFFFFF);
            }
        }
        int[] at = Saliency.bestWindow(strip, 200, 3);
        assertThat(at[1]).isZero();
        assertThat(at[0]).isBetween(12100 - 200 - 63, 12000 + 63);
    }

    @Test
    void aWindowLargerThanTheImageIsRefused() {
        assertThatThrownBy(() -> Saliency.bestWindow(subjectAt(100, 100, 0, 0, 0, false), 101, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
