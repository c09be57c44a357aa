package io.mediadesk.desktop.transform;

import io.mediadesk.desktop.app.FxDebouncer;
import io.mediadesk.desktop.app.FxTaskRunner;
import io.mediadesk.desktop.app.MediadeskApp;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.PreviewPixels;
import io.mediadesk.engine.render.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The figure for docs/BENCHMARKS.md: from the keystroke (the studio's text changing on the FX
 * thread) to the new picture laid out on screen (the scene's next post-layout pulse), on the
 * 12.2 MP corpus photo, through the real view and the app's wiring: the 100 ms quiet period
 * ({@link FxDebouncer}), the quick preview on its one-thread runner, the exact render after its
 * pause on another. Both are timed from the keystroke: "preview" when the quick one is on screen,
 * "exact" when the encoded full-size output has replaced it. Each sample waits for the exact
 * render before the next keystroke. Not a unit test (surefire skips the name); run by hand:
 * {@code mvn -q -B -o -pl desktop -am test -Dtest=PreviewLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dbench.keep=0} for a renderer that decodes the source on every render;
 * {@code -Dbench.overlap=true} types each key while the previous edit's exact render is running,
 * the worst case for the preview on a 2-core machine: then only the preview is timed).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewLatencyBenchmark {
    private static final Path PHOTO = Path.of("/work/shared/corpus/sunset_by_Aitzol_Berasategi.jpg");
    private static final int RUNS = 9;
    private static final boolean OVERLAP = Boolean.getBoolean("bench.overlap");

    private Renderer renderer;
    private FxTaskRunner tasks;
    private FxTaskRunner exactTasks;
    private TransformStudioViewModel studio;
    private PreviewViewModel preview;
    private Scene scene;

    @Start
    void start(Stage stage) {
        renderer = Renderer.forPreview(Limits.DEFAULT, 2, Integer.getInteger("bench.keep", 2)); // as AppServices.previewRenderer
        tasks = new FxTaskRunner(1);
        exactTasks = new FxTaskRunner(1);
        preview = new PreviewViewModel(renderer, tasks, new FxDebouncer(MediadeskApp.PREVIEW_DEBOUNCE), exactTasks,
                new FxDebouncer(MediadeskApp.EXACT_RENDER_PAUSE)); // as MediadeskApp
        studio = new TransformStudioViewModel(preview, new PresetGridViewModel(renderer, tasks));
        scene = new Scene(new TransformStudioView(studio), 1200, 760); // within Monocle's 1280x800 screen
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PHOTO), "the corpus photo is not here");
        Platform.runLater(() -> preview.open(PHOTO));
        Thread.sleep(8000); // the before image and the first full-size render
        for (String tr : List.of("w-800,h-500", "w-400,h-300,q-70", "w-1200", "cm-extract,x-1000,y-500,w-2000,h-1500",
                "rt-90", "bl-10", "e-sharpen", "w-1200,bl-10", "w-800,h-500,fo-auto")) {
            List<long[]> samples = new ArrayList<>();
            int[] box = new int[2];
            for (int i = 0; i < RUNS + 2; i++) {
                long[] sample = once(tr + (i % 2 == 0 ? "" : ",pr-true"), box);
                if (i >= 2) {
                    samples.add(sample); // the first two warm the JIT for this path
                }
            }
            report(tr + " keep=" + Integer.getInteger("bench.keep", 2) + (OVERLAP ? " overlap" : ""), box, samples);
        }
        tasks.close();
        exactTasks.close();
        renderer.close();
    }

    /** {keystroke to preview on screen, keystroke to exact on screen} in ms for one edit to {@code tr}. */
    private long[] once(String tr, int[] box) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(OVERLAP ? 1 : 2);
        long[] times = new long[2];
        Platform.runLater(() -> {
            long start = System.nanoTime();
            ChangeListener<PreviewPixels> landed = new ChangeListener<>() {
                int seen;

                @Override
                public void changed(ObservableValue<? extends PreviewPixels> obs, PreviewPixels old, PreviewPixels now) {
                    int which = seen++;
                    if (which == 0) {
                        box[0] = now.width();
                        box[1] = now.height();
                    }
                    if (which == 1 || OVERLAP) {
                        preview.shownProperty().removeListener(this);
                    }
                    onScreen(start, times, which, done);
                }
            };
            preview.shownProperty().addListener(landed);
            studio.textProperty().set(tr);
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no render within 30 s for " + tr);
        }
        if (OVERLAP) {
            // the exact render starts after its pause; the next key comes 100 ms into it
            Thread.sleep((long) MediadeskApp.EXACT_RENDER_PAUSE.toMillis() + 100);
        }
        return times;
    }

    private void onScreen(long start, long[] times, int which, CountDownLatch done) {
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            scene.removePostLayoutPulseListener(pulse[0]);
            times[which] = (System.nanoTime() - start) / 1_000_000;
            done.countDown();
        };
        scene.addPostLayoutPulseListener(pulse[0]);
        Platform.requestNextPulse();
    }

    private static void report(String tr, int[] box, List<long[]> samples) {
        List<Long> quick = new ArrayList<>();
        List<Long> exact = new ArrayList<>();
        samples.forEach(s -> {
            quick.add(s[0]);
            exact.add(s[1]);
        });
        Collections.sort(quick);
        Collections.sort(exact);
        System.out.printf(Locale.ROOT, "BENCH %-45s preview %4dx%-4d on screen median %4d ms (min %4d, max %4d) | exact median %5d ms (max %5d)%n",
                tr, box[0], box[1], quick.get(quick.size() / 2), quick.get(0), quick.get(quick.size() - 1),
                exact.get(exact.size() / 2), exact.get(exact.size() - 1));
    }
}
