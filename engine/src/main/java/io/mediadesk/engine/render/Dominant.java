package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The dominant colours of an image, for {@code bg-dominant}, {@code bg-gradient_dominant} and
 * {@code cr} without {@code from}: pixels are counted in a 8 x 8 x 8 colour cube (32 levels per
 * cell, coarse enough that a photo's grain falls in one cell), the fullest cells win, and each
 * winner's colour is the mean of the pixels in it, so a flat image gives back its exact colour.
 * Pixels under half opacity do not count (their colour is not seen); ties go to the lower cell.
 */
final class Dominant {
    private static final int CELLS = 512;

    private Dominant() {
    }

    /** Up to {@code count} colours as opaque {@code 0xFFRRGGBB}, most frequent first; at least one. */
    static List<Integer> colors(BufferedImage image, int count) {
        boolean alpha = Pixels.hasAlpha(image);
        long[][] sums = new long[CELLS][4];
        for (int p : Pixels.of(image)) {
            if (alpha && p >>> 24 < 128) {
                continue;
            }
            long[] cell = sums[cell(p)];
            cell[0]++;
            cell[1] += p >> 16 & 0xFF;
            cell[2] += p >> 8 & 0xFF;
            cell[3] += p & 0xFF;
        }
        List<Integer> order = IntStream.range(0, CELLS).filter(c -> sums[c][0] > 0).boxed()
                .sorted(Comparator.comparingLong((Integer c) -> -sums[c][0]).thenComparing(c -> c)).toList();
        List<Integer> out = new ArrayList<>();
        for (int c : order.subList(0, Math.min(count, order.size()))) {
            long n = sums[c][0];
            out.add(0xFF000000 | mean(sums[c][1], n) << 16 | mean(sums[c][2], n) << 8 | mean(sums[c][3], n));
        }
        if (out.isEmpty()) {
            out.add(0xFF000000); // nothing visible: black, the service's default background
        }
        return out;
    }

    private static int cell(int p) {
        return (p >> 21 & 7) << 6 | (p >> 13 & 7) << 3 | p >> 5 & 7;
    }

    private static int mean(long sum, long n) {
        return (int) ((2 * sum + n) / (2 * n));
    }
}
