package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.transform.Transformation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The engine's part of the studio's keystroke-to-preview time: {@link Renderer#renderPreview} on
 * the 12.2 MP corpus photo into an 864 x 576 box (the studio's pane in the 1200 x 760 benchmark
 * window), the source already decoded, next to {@link Renderer#renderPixels} (the exact render that
 * follows). Not a unit test (surefire skips the name); run by hand with
 * {@code mvn -q -B -o -pl engine test -Dtest=RenderPreviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RenderPreviewBenchmark {
    private static final Path PHOTO = Path.of("/work/shared/corpus/sunset_by_Aitzol_Berasategi.jpg");
    private static final int RUNS = 9;

    @Test
    void measure() {
        Assumptions.assumeTrue(Files.isRegularFile(PHOTO), "the corpus photo is not here");
        try (Renderer renderer = Renderer.forPreview(Limits.DEFAULT, 2, 2)) { // as the desktop's preview renderer
            renderer.renderPreview(PHOTO, Transformation.parse("w-800"), 864, 576); // the decode and its halvings
            for (String tr : new String[] {"w-800,h-500", "w-1200", "cm-extract,x-1000,y-500,w-2000,h-1500",
                    "cm-extract,x-N,y-500,w-2000,h-1500", "rt-90", "bl-10", "e-sharpen", "w-1200,bl-10", "w-800,h-500,fo-auto"}) {
                double[] preview = new double[RUNS];
                double[] exact = new double[RUNS];
                for (int i = -2; i < RUNS; i++) { // two warm-ups
                    // x-N: the crop moves on every run, as when its x is being typed (a leading crop is cut
                    // from the full-size source and made small again: no copy from the last run serves)
                    Transformation t = Transformation.parse(tr.replace("x-N", "x-" + (1000 + i + 2)));
                    long t0 = System.nanoTime();
                    renderer.renderPreview(PHOTO, t, 864, 576);
                    long t1 = System.nanoTime();
                    renderer.renderPixels(PHOTO, t);
                    long t2 = System.nanoTime();
                    if (i >= 0) {
                        preview[i] = (t1 - t0) / 1e6;
                        exact[i] = (t2 - t1) / 1e6;
                    }
                }
                Arrays.sort(preview);
                Arrays.sort(exact);
                System.out.printf(Locale.ROOT, "BENCH %-40s renderPreview median %6.1f ms (max %6.1f) | renderPixels median %7.1f ms%n",
                        tr, preview[RUNS / 2], preview[RUNS - 1], exact[RUNS / 2]);
            }
        }
    }
}
