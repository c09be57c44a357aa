package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Times and SSIM of large resizes; not a unit test (surefire skips the name), run by hand with
 * {@code mvn -q -B -pl engine test -Dtest=ResizeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Uses the 12.2 MP corpus photo when present, plus a synthetic 12 MP zone plate, the worst case
 * for the box pre-reduction.
 */
class ResizeBenchmark {

    private static final File PHOTO = new File("/work/shared/corpus/sunset_by_Aitzol_Berasategi.jpg");

    @Test
    void measure() throws IOException {
        BufferedImage photo = PHOTO.exists() ? Normalize.INSTANCE.apply(ImageIO.read(PHOTO)) : zonePlate(4272, 2848);
        report("photo " + photo.getWidth() + "x" + photo.getHeight(), photo);
        report("zone plate 4000x3000", zonePlate(4000, 3000));
        BufferedImage alpha = Opacity.of(60).apply(photo);
        for (int threads : new int[] {1, 2}) {
            System.out.printf("photo ARGB -> 400 px, threads %d: %6.1f ms%n", threads,
                    time(Resize.to(400, 267).withParallelism(threads), alpha) / 1e6);
        }
        for (int threads : new int[] {1, 2}) {
            System.out.printf("photo rotated 10 deg (bilinear), threads %d: %6.1f ms%n", threads,
                    time(Rotate.by(10, Rgba.BLACK).withParallelism(threads), photo) / 1e6);
        }
    }

    private static void report(String name, BufferedImage in) {
        for (int width : new int[] {400, 1200}) {
            int height = (int) Math.round((double) width * in.getHeight() / in.getWidth());
            BufferedImage exact = Resize.to(width, height).withReducingGap(0).apply(in);
            for (double gap : new double[] {0, 2, 3}) {
                for (int threads : new int[] {1, 2}) {
                    Resize resize = Resize.to(width, height).withReducingGap(gap).withParallelism(threads);
                    long nanos = time(resize, in);
                    System.out.printf("%-22s -> %4dx%-4d gap %.0f threads %d: %6.1f ms  SSIM vs gap 0 %.5f%n",
                            name, width, height, gap, threads, nanos / 1e6, Ssim.of(resize.apply(in), exact));
                }
            }
        }
    }

    /** Median of 7 runs after 3 warm-ups. */
    private static long time(Stage resize, BufferedImage in) {
        for (int i = 0; i < 3; i++) {
            resize.apply(in);
        }
        long[] runs = new long[7];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            resize.apply(in);
            runs[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private static BufferedImage zonePlate(int w, int h) {
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        double k = Math.PI / Math.max(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - w / 2.0;
                double dy = y - h / 2.0;
                int v = (int) Math.round(127.5 + 127.5 * Math.cos(k * (dx * dx + dy * dy)));
                image.setRGB(x, y, v * 0x010101);
            }
        }
        return image;
    }
}
