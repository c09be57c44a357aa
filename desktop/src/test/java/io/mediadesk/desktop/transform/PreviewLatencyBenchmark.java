package io.mediadesk.desktop.transform;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.FxTaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.engine.codec.Limits;
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
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The figure for docs/BENCHMARKS.md: from the debounced trigger (the moment the 100 ms quiet period
 * ends and the render is asked for) to the new image laid out on screen, on the 12.2 MP corpus
 * photo, through the real view, the app's task runner and renderer settings. Not a unit test
 * (surefire skips the name); run by hand:
 * {@code mvn -q -B -o -pl desktop -am test -Dtest=PreviewLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dbench.keep=0} for a renderer that decodes the source on every render).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewLatencyBenchmark {
    private static final Path PHOTO = Path.of("/work/shared/corpus/sunset_by_Aitzol_Berasategi.jpg");
    private static final int RUNS = 9;

    private Renderer renderer;
    private FxTaskRunner tasks;
    private PreviewViewModel preview;
    private Scene scene;

    @Start
    void start(Stage stage) {
        renderer = Renderer.forPreview(Limits.DEFAULT, 2, Integer.getInteger("bench.keep", 2)); // as AppServices.previewRenderer
        tasks = new FxTaskRunner(1);
        preview = new PreviewViewModel(renderer, tasks, Debouncer.immediate());
        TransformStudioViewModel studio = new TransformStudioViewModel(preview, new PresetGridViewModel(renderer, tasks));
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
        for (String tr : List.of("w-800,h-500", "w-400,h-300,q-70", "w-1200,bl-10", "w-800,h-500,fo-auto", "rt-90")) {
            List<long[]> samples = new ArrayList<>();
            for (int i = 0; i < RUNS + 2; i++) {
                long[] sample = once(tr + (i % 2 == 0 ? "" : ",pr-true"));
                if (i >= 2) {
                    samples.add(sample); // the first two warm the JIT for this path
                }
            }
            report(tr + " keep=" + Integer.getInteger("bench.keep", 2), samples);
        }
        tasks.close();
        renderer.close();
    }

    /** {render ms, on-screen ms} for one render of {@code tr}. */
    private long[] once(String tr) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] times = new long[2];
        Platform.runLater(() -> {
            long start = System.nanoTime();
            ChangeListener<Object> landed = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<?> obs, Object old, Object now) {
                    preview.outputProperty().removeListener(this);
                    times[0] = (System.nanoTime() - start) / 1_000_000;
                    Runnable[] pulse = new Runnable[1];
                    pulse[0] = () -> {
                        scene.removePostLayoutPulseListener(pulse[0]);
                        times[1] = (System.nanoTime() - start) / 1_000_000;
                        done.countDown();
                    };
                    scene.addPostLayoutPulseListener(pulse[0]);
                    Platform.requestNextPulse();
                }
            };
            preview.outputProperty().addListener(landed);
            preview.show(io.mediadesk.engine.transform.Transformation.parse(tr), List.of());
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no render within 30 s for " + tr);
        }
        return times;
    }

    private static void report(String tr, List<long[]> samples) {
        List<Long> render = new ArrayList<>();
        List<Long> screen = new ArrayList<>();
        samples.forEach(s -> {
            render.add(s[0]);
            screen.add(s[1]);
        });
        Collections.sort(render);
        Collections.sort(screen);
        System.out.printf(Locale.ROOT, "BENCH %-22s render+report median %4d ms (min %4d, max %4d) | on screen median %4d ms (max %4d)%n",
                tr, render.get(render.size() / 2), render.get(0), render.get(render.size() - 1),
                screen.get(screen.size() / 2), screen.get(screen.size() - 1));
    }
}
