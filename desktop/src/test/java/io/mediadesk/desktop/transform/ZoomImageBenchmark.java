package io.mediadesk.desktop.transform;

import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.render.PreviewPixels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The figure for docs/BENCHMARKS.md: what the FX thread spends turning a 12 MP exact render
 * (4000 x 3000 ARGB already in memory) into the zoomed preview's image, a new
 * {@link javafx.scene.image.WritableImage} each time ({@link FxPixels#image(PreviewPixels)}) against
 * {@link FxPixels.Reused} (the studio's: opaque pixels wrapped in a PixelBuffer, translucent ones
 * written into the image of that size made before), for an opaque format, an alpha format whose
 * pixels are all opaque (checked pixel by pixel) and a translucent one.
 * Not a unit test (surefire skips the name); run by hand:
 * {@code mvn -q -B -o -pl desktop -am test -Dtest=ZoomImageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@ExtendWith(ApplicationExtension.class)
class ZoomImageBenchmark {
    private static final int RUNS = 9;

    @Start
    void start(Stage stage) {
    }

    @Test
    void imageFromPixels() throws Exception {
        int[] opaque = new int[4000 * 3000];
        int[] translucent = new int[opaque.length];
        for (int i = 0; i < opaque.length; i++) {
            opaque[i] = 0xFF000000 | (int) (i * 2654435761L) & 0xFFFFFF;
            translucent[i] = opaque[i] & 0x80FFFFFF;
        }
        time("JPEG (opaque format)", new PreviewPixels(4000, 3000, opaque, 4000, 3000, OutputFormat.JPEG, List.of()));
        time("PNG, every pixel opaque", new PreviewPixels(4000, 3000, opaque, 4000, 3000, OutputFormat.PNG, List.of()));
        time("PNG, translucent", new PreviewPixels(4000, 3000, translucent, 4000, 3000, OutputFormat.PNG, List.of()));
    }

    private static void time(String what, PreviewPixels pixels) throws InterruptedException {
        FxPixels.Reused reused = new FxPixels.Reused();
        List<Double> fresh = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int run = 0; run < RUNS + 1; run++) {
            double[] t = new double[2];
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                long a = System.nanoTime();
                FxPixels.image(pixels);
                long b = System.nanoTime();
                reused.image(pixels);
                long c = System.nanoTime();
                t[0] = (b - a) / 1e6;
                t[1] = (c - b) / 1e6;
                done.countDown();
            });
            done.await(60, TimeUnit.SECONDS);
            if (run > 0) { // the first run warms up (and makes reused's image)
                fresh.add(t[0]);
                again.add(t[1]);
            }
        }
        System.out.println(String.format(Locale.ROOT, "12 MP %s on the FX thread, median of %d: copied into a new"
                + " WritableImage %.1f ms, the studio's (FxPixels.Reused) %.1f ms", what, RUNS, median(fresh), median(again)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
