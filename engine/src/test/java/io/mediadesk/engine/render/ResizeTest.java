package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static io.mediadesk.engine.render.TestImages.solid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResizeTest {

    private static final int[][] SIZES = {{40, 30}, {7, 5}, {1, 1}, {1, 9}, {9, 1}, {100, 3}, {41, 83}};

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void aConstantOpaqueImageStaysExactlyConstantUpAndDown(Kernel kernel) {
        BufferedImage in = solid(23, 17, 0x123456 | 0xFF000000, false);
        for (int[] size : SIZES) {
            for (double gap : new double[] {0, 2}) {
                BufferedImage out = Resize.to(size[0], size[1]).withKernel(kernel).withReducingGap(gap).apply(in);
                assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
                assertThat(TestImages.rgb(out)).as("%s to %dx%d", kernel, size[0], size[1]).containsOnly(0x123456);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void aConstantTranslucentImageStaysExactlyConstantUpAndDown(Kernel kernel) {
        for (int argb : new int[] {0x80FF8001, 0x01FFFFFF, 0xFF000000, 0xFEFEFEFE}) {
            BufferedImage in = solid(23, 17, argb, true);
            for (int[] size : SIZES) {
                BufferedImage out = Resize.to(size[0], size[1]).withKernel(kernel).withReducingGap(2).apply(in);
                assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
                assertThat(ints(out)).as("%08x %s to %dx%d", argb, kernel, size[0], size[1]).containsOnly(argb);
            }
        }
    }

    @Test
    void aHalfBlackHalfWhiteImageKeepsItsEdgeInTheMiddle() {
        BufferedImage in = halves(100, 4, 0x000000, 0xFFFFFF);
        int[] row = TestImages.rgb(Resize.to(10, 1).apply(in));
        assertThat(row[0]).isZero();
        assertThat(row[1]).isZero();
        assertThat(row[8]).isEqualTo(0xFFFFFF);
        assertThat(row[9]).isEqualTo(0xFFFFFF);
        for (int x = 0; x < 5; x++) {
            int dark = row[x] & 0xFF;
            int light = row[9 - x] & 0xFF;
            assertThat(dark).as("column %d", x).isLessThan(128);
            assertThat(dark + light).as("columns %d and %d mirror", x, 9 - x).isBetween(254, 256);
        }
    }

    @Test
    void enlargingWithTheBoxKernelIsNearestNeighbour() {
        BufferedImage in = TestImages.of(2, 1, false, 0x0000AA, 0x00BB00);
        assertThat(TestImages.rgb(Resize.to(6, 2).withKernel(Kernel.BOX).apply(in))).containsExactly(
                0x0000AA, 0x0000AA, 0x0000AA, 0x00BB00, 0x00BB00, 0x00BB00,
                0x0000AA, 0x0000AA, 0x0000AA, 0x00BB00, 0x00BB00, 0x00BB00);
    }

    @Test
    void reducingWithTheBoxKernelAveragesWholeBlocks() {
        BufferedImage in = TestImages.of(4, 1, false, 0x000010, 0x000020, 0x000001, 0x000003);
        assertThat(TestImages.rgb(Resize.to(2, 1).withKernel(Kernel.BOX).apply(in)))
                .containsExactly(0x000018, 0x000002);
    }

    @ParameterizedTest
    @EnumSource(Kernel.class)
    void theColourOfTransparentPixelsDoesNotBleedIntoOpaqueOnes(Kernel kernel) {
        // Opaque red on the left, fully transparent *green* on the right.
        BufferedImage in = halves(40, 6, 0xFFFF0000, 0x0000FF00);
        in = toArgb(in);
        for (int[] size : new int[][] {{13, 3}, {80, 12}, {3, 1}}) {
            BufferedImage out = Resize.to(size[0], size[1]).withKernel(kernel).apply(in);
            for (int p : ints(out)) {
                if (p >>> 24 != 0) {
                    assertThat(p & 0xFFFFFF).as("%s %08x", kernel, p).isEqualTo(0xFF0000);
                }
            }
        }
    }

    @Test
    void outputSizeIsExactForHundredsOfSizePairs() {
        Random random = new Random(42);
        List<int[]> pairs = new ArrayList<>();
        int[] edge = {1, 2, 3, 5, 64, 257};
        for (int a : edge) {
            for (int b : edge) {
                pairs.add(new int[] {a, b, b, a});
                pairs.add(new int[] {a, 1, 1, b});
            }
        }
        pairs.add(new int[] {2000, 1, 1, 1});
        pairs.add(new int[] {1, 1, 1500, 3});
        pairs.add(new int[] {1, 700, 3, 1});
        while (pairs.size() < 400) {
            pairs.add(new int[] {1 + random.nextInt(300), 1 + random.nextInt(300),
                    1 + random.nextInt(300), 1 + random.nextInt(300)});
        }
        var softly = new SoftAssertions();
        for (int[] p : pairs) {
            BufferedImage out = Resize.to(p[2], p[3]).apply(TestImages.numbered(p[0], p[1], p[0] % 2 == 0));
            softly.assertThat(new int[] {out.getWidth(), out.getHeight()})
                    .as("%dx%d -> %dx%d", p[0], p[1], p[2], p[3]).containsExactly(p[2], p[3]);
        }
        softly.assertAll();
    }

    @Test
    void threadCountDoesNotChangeASingleByte() {
        BufferedImage noise = noise(517, 333, true, 7);
        for (int[] size : new int[][] {{100, 64}, {900, 700}, {517, 50}, {33, 333}}) {
            for (double gap : new double[] {0, 2}) {
                Resize resize = Resize.to(size[0], size[1]).withReducingGap(gap);
                int[] single = ints(resize.apply(noise));
                for (int threads : new int[] {2, 3, 8}) {
                    int[] multi = ints(resize.withParallelism(threads).apply(noise));
                    assertThat(multi).as("%d threads to %dx%d", threads, size[0], size[1]).isEqualTo(single);
                }
            }
        }
    }

    @Test
    void resizeLeavesItsInputUntouched() {
        BufferedImage in = noise(50, 40, true, 1);
        BufferedImage before = TestImages.copy(in);
        Resize.to(20, 90).withParallelism(2).apply(in);
        assertThat(ints(in)).isEqualTo(ints(before));
    }

    @Test
    void keepingTheSizeWithAnInterpolatingKernelIsACopy() {
        BufferedImage in = noise(31, 17, false, 3);
        assertThat(ints(Resize.to(31, 17).apply(in))).isEqualTo(TestImages.rgb(in));
        assertThat(ints(Resize.to(31, 17).withKernel(Kernel.MITCHELL).apply(in))).isEqualTo(TestImages.rgb(in));
    }

    @Test
    void impossibleTargetsAreRejected() {
        assertThatThrownBy(() -> Resize.to(0, 5)).hasMessageContaining("0x5");
        assertThatThrownBy(() -> Resize.to(5, 5).withParallelism(0)).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> Resize.to(5, 5).withReducingGap(0.5)).hasMessageContaining("gap");
    }

    static BufferedImage halves(int w, int h, int left, int right) {
        int[] values = new int[w * h];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % w < w / 2 ? left : right;
        }
        return TestImages.of(w, h, false, values);
    }

    static BufferedImage toArgb(BufferedImage rgbHoldingArgb) {
        return TestImages.of(rgbHoldingArgb.getWidth(), rgbHoldingArgb.getHeight(), true, ints(rgbHoldingArgb));
    }

    static BufferedImage noise(int w, int h, boolean alpha, long seed) {
        Random random = new Random(seed);
        int[] values = new int[w * h];
        for (int i = 0; i < values.length; i++) {
            values[i] = alpha ? random.nextInt() : random.nextInt() & 0xFFFFFF;
        }
        return TestImages.of(w, h, alpha, values);
    }
}
