package io.mediadesk.engine.render;

import io.mediadesk.engine.plan.Focus;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Times of fo-face on a 12 MP photo; not a unit test (surefire skips the name), run by hand with
 * {@code mvn -B -o -q test -pl engine -am -Dtest=FaceBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints wall and CPU time (median of 7 after 3 warm-ups) of the detection alone and of the whole
 * fo-face window choice, on the 12.2 MP corpus sunset (no face) and on the same photo with the
 * astronaut's head pasted 8x (a 568 px face), and the stages of whole renders to 400x300 with
 * and without fo-face, plus the load average, since the machine is shared.
 */
class FaceBenchmark {
    private static final File PHOTO = new File("../../shared/corpus/sunset_by_Aitzol_Berasategi.jpg");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void measure() throws IOException {
        if (!PHOTO.exists()) {
            System.out.println("FaceBenchmark: " + PHOTO.getAbsolutePath() + " not found");
            return;
        }
        BufferedImage photo = Normalize.INSTANCE.apply(ImageIO.read(PHOTO));
        BufferedImage withFace = TestImages.copy(photo);
        BufferedImage astronaut = FaceImages.load("faces/astronaut.jpg");
        int k = 8;
        for (int y = 0; y < FaceImages.HEAD_H * k; y++) {
            for (int x = 0; x < FaceImages.HEAD_W * k; x++) {
                withFace.setRGB(2400 + x, 600 + y, astronaut.getRGB(FaceImages.HEAD_X + x / k, FaceImages.HEAD_Y + y / k));
            }
        }
        FaceDetector detector = FaceDetector.frontal();
        System.out.printf("load average %s; %d cores%n", Files.readString(Path.of("/proc/loadavg")).strip(),
                Runtime.getRuntime().availableProcessors());
        report("sunset " + photo.getWidth() + "x" + photo.getHeight() + " (no face)", photo, detector);
        report("sunset + pasted face", withFace, detector);
        System.out.println("faces found in the pasted one: " + detector.find(withFace)
                + " (pasted face: " + FaceImages.faceAt(2400, 600, k) + ")");
        for (String t : new String[] {"w-400,h-300", "w-400,h-300,fo-auto", "w-400,h-300,fo-face", "w-400,h-300,fo-face,z-2"}) {
            double[] render = time(() -> EffectRendering.render(t, withFace));
            System.out.printf("stages of %-24s on the pasted one (decode and encode excluded): %6.1f ms wall %6.1f ms CPU%n",
                    t, render[0], render[1]);
        }
    }

    private static void report(String name, BufferedImage image, FaceDetector detector) {
        double[] find = time(() -> detector.find(image));
        double[] crop = time(() -> SmartCrops.region(image, 400, 300, Focus.of("face"), n -> { }));
        System.out.printf("%-32s detect: %6.1f ms wall %6.1f ms CPU | fo-face window 400x300: %6.1f ms wall %6.1f ms CPU%n",
                name, find[0], find[1], crop[0], crop[1]);
    }

    /** Median wall and CPU milliseconds of 7 runs after 3 warm-ups. */
    private static double[] time(Runnable task) {
        for (int i = 0; i < 3; i++) {
            task.run();
        }
        long[] wall = new long[7];
        long[] cpu = new long[7];
        for (int i = 0; i < wall.length; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            task.run();
            wall[i] = System.nanoTime() - w0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        java.util.Arrays.sort(wall);
        java.util.Arrays.sort(cpu);
        return new double[] {wall[3] / 1e6, cpu[3] / 1e6};
    }
}
