package io.mediadesk.desktop.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.LayerSource;
import io.mediadesk.engine.render.PreviewPixels;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import io.mediadesk.engine.transform.Key;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain JUnit: a same-thread (or controllable) task runner and the real engine on a generated image. */
class TransformStudioViewModelTest {
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);

    @TempDir
    static Path tmp;
    static Path photo;

    @BeforeAll
    static void photo() throws Exception {
        photo = TestImages.bmp(tmp.resolve("photo.bmp"), 1000, 667);
    }

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    private static TransformStudioViewModel studio(TaskRunner tasks) {
        PreviewViewModel preview = new PreviewViewModel(RENDERER, tasks, Debouncer.immediate());
        return new TransformStudioViewModel(preview, new PresetGridViewModel(RENDERER, tasks));
    }

    @Test
    void typingAStringUpdatesTheControls() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.textProperty().set("tr:width-400,h-300,c-force,q-80,bg-red:rotation-90,fl-h");
        assertThat(studio.parameterProperty(Key.W).get()).isEqualTo("400");
        assertThat(studio.parameterProperty(Key.H).get()).isEqualTo("300");
        assertThat(studio.parameterProperty(Key.C).get()).isEqualTo("force");
        assertThat(studio.parameterProperty(Key.Q).get()).isEqualTo("80");
        assertThat(studio.parameterProperty(Key.BG).get()).isEqualTo("red");
        assertThat(studio.parameterProperty(Key.RT).get()).isEqualTo("90");
        assertThat(studio.parameterProperty(Key.FL).get()).isEqualTo("h");
        assertThat(studio.parameterProperty(Key.BL).get()).isEmpty();
        studio.textProperty().set("w-200");
        assertThat(studio.parameterProperty(Key.H).get()).isEmpty();
    }

    @Test
    void movingAControlRewritesTheStringCanonically() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.textProperty().set("height-300,width-400");
        studio.parameterProperty(Key.W).set("500");
        assertThat(studio.textProperty().get()).isEqualTo("w-500,h-300");
        studio.parameterProperty(Key.Q).set("70");
        assertThat(studio.textProperty().get()).isEqualTo("w-500,h-300,q-70");
        studio.parameterProperty(Key.H).set("");
        assertThat(studio.textProperty().get()).isEqualTo("w-500,q-70");
    }

    @Test
    void aControlEditsTheStepThatHoldsItsKey() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.textProperty().set("w-400:rt-90");
        studio.parameterProperty(Key.RT).set("180");
        assertThat(studio.textProperty().get()).isEqualTo("w-400:rt-180");
        studio.parameterProperty(Key.BL).set("10");
        assertThat(studio.textProperty().get()).isEqualTo("w-400,bl-10:rt-180");
        studio.parameterProperty(Key.RT).set("");
        studio.parameterProperty(Key.W).set("");
        studio.parameterProperty(Key.BL).set("");
        assertThat(studio.textProperty().get()).isEmpty();
    }

    @Test
    void anInvalidStringShowsWhereAndKeepsTheLastValidControls() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.textProperty().set("w-400,q-50");
        studio.textProperty().set("w-400,q-0");
        assertThat(studio.errorProperty().get()).contains("q-0");
        assertThat(studio.errorStartProperty().get()).isEqualTo(6);
        assertThat(studio.errorEndProperty().get()).isEqualTo(9);
        assertThat(studio.parameterProperty(Key.Q).get()).isEqualTo("50");
        assertThat(studio.validProperty().get().toString()).isEqualTo("w-400,q-50");
        studio.textProperty().set("w-400,q-60");
        assertThat(studio.errorProperty().get()).isEmpty();
        assertThat(studio.errorStartProperty().get()).isEqualTo(-1);
    }

    @Test
    void anUnknownKeyIsUnderlinedAsAWholeToken() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.textProperty().set("w-400,zz-3,h-20");
        assertThat(studio.errorStartProperty().get()).isEqualTo(6);
        assertThat(studio.errorEndProperty().get()).isEqualTo(10);
    }

    @Test
    void aControlValueTheKeyDoesNotTakeIsReportedAndNotWritten() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.textProperty().set("w-400");
        studio.parameterProperty(Key.Q).set("150");
        assertThat(studio.parameterErrorProperty().get()).contains("q");
        assertThat(studio.textProperty().get()).isEqualTo("w-400");
    }

    @Test
    void thePreviewSizeFollowsWidthAndHeight() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.preview().open(photo);
        assertThat(studio.preview().beforeProperty().get().width()).isEqualTo(1000);
        assertThat(studio.preview().sourceSummaryProperty().get()).contains("1000 × 667");
        studio.textProperty().set("w-400,h-300");
        assertThat(studio.preview().outputProperty().get().width()).isEqualTo(400);
        assertThat(studio.preview().outputProperty().get().height()).isEqualTo(300);
        assertThat(studio.preview().summaryProperty().get()).startsWith("400 × 300 · BMP · ");
        studio.parameterProperty(Key.F).set("png");
        assertThat(studio.preview().summaryProperty().get()).startsWith("400 × 300 · PNG · ");
    }

    @Test
    void aStaleRenderNeverOverwritesANewerOne() {
        ControllableTasks tasks = ControllableTasks.holdingReports();
        TransformStudioViewModel studio = studio(tasks);
        studio.preview().open(photo);
        tasks.completeAll();
        studio.textProperty().set("w-100");
        studio.textProperty().set("w-200");
        tasks.complete(1); // the newer preview reports first (and asks for its exact render)
        tasks.complete(0); // then the older one, late
        assertThat(studio.preview().shownProperty().get().outputWidth()).isEqualTo(200);
        assertThat(studio.preview().busyProperty().get()).isTrue(); // the exact render is still out
        tasks.completeAll();
        assertThat(studio.preview().outputProperty().get().width()).isEqualTo(200);
        assertThat(studio.preview().shownProperty().get().width()).isEqualTo(200);
        assertThat(studio.preview().busyProperty().get()).isFalse();
    }

    @Test
    void theQuickPreviewShowsTheTrueSizeAtOnceAndTheExactRenderAddsTheBytes() {
        ControllableTasks tasks = ControllableTasks.holdingWork();
        TransformStudioViewModel studio = studio(tasks);
        studio.preview().previewBox(250, 250);
        studio.preview().open(photo);
        tasks.completeAll();
        studio.textProperty().set("rt-90");
        assertThat(studio.preview().shownProperty().get().outputWidth()).isEqualTo(1000); // nothing rendered here:
        assertThat(tasks.pending()).isEqualTo(1); // the render waits for the runner
        tasks.complete(0);
        PreviewPixels quick = studio.preview().shownProperty().get();
        assertThat(quick.outputWidth()).isEqualTo(667); // the planner's size, not the small pixels'
        assertThat(quick.outputHeight()).isEqualTo(1000);
        assertThat(quick.width()).isLessThanOrEqualTo(250);
        assertThat(quick.height()).isEqualTo(250);
        assertThat(studio.preview().summaryProperty().get()).isEqualTo("667 × 1000 · BMP · " + Outcome.PENDING_BYTES);
        assertThat(studio.preview().outputProperty().get().width()).isEqualTo(1000); // the exact one is the old edit's
        assertThat(tasks.pending()).isEqualTo(1); // the exact render, queued only once the preview landed
        tasks.complete(0);
        assertThat(studio.preview().outputProperty().get().width()).isEqualTo(667);
        assertThat(studio.preview().shownProperty().get().width()).isEqualTo(667);
        assertThat(studio.preview().summaryProperty().get()).startsWith("667 × 1000 · BMP · ")
                .doesNotContain(Outcome.PENDING_BYTES);
    }

    @Test
    void theExactRenderOfAnEditTypedOverNeverLands() {
        ControllableTasks tasks = ControllableTasks.holdingReports();
        TransformStudioViewModel studio = studio(tasks);
        studio.preview().open(photo);
        tasks.completeAll();
        studio.textProperty().set("w-100");
        tasks.complete(0); // w-100's preview lands and queues its exact render
        assertThat(tasks.pending()).isEqualTo(1);
        studio.textProperty().set("w-200"); // typed over before that exact render reports
        tasks.completeAll();
        assertThat(studio.preview().outputProperty().get().width()).isEqualTo(200);
        assertThat(studio.preview().shownProperty().get().width()).isEqualTo(200);
    }

    @Test
    void aKeystrokeDuringTheQuietPeriodKeepsTheOlderEditsRendersFromLanding() {
        ControllableTasks tasks = ControllableTasks.holdingReports();
        List<Runnable> quiet = new ArrayList<>();
        PreviewViewModel preview = new PreviewViewModel(RENDERER, tasks, quiet::add);
        preview.open(photo);
        tasks.completeAll();
        preview.show(Transformation.parse("w-300"), List.of());
        quiet.remove(0).run(); // w-300's render is asked for...
        preview.show(Transformation.parse("w-500"), List.of()); // ...and the next key comes while it runs
        tasks.completeAll(); // w-300 reports during w-500's quiet period
        assertThat(preview.shownProperty().get().outputWidth()).isEqualTo(1000); // not a picture of w-300
        assertThat(preview.outputProperty().get().width()).isEqualTo(1000);
        quiet.remove(0).run();
        tasks.completeAll();
        assertThat(preview.outputProperty().get().width()).isEqualTo(500);
    }

    @Test
    void anExactRenderTypedOverWhileItRunsStopsWithoutARefusal() throws Exception {
        PreviewViewModel[] model = new PreviewViewModel[1];
        boolean[] inExactRender = new boolean[1];
        int[] typed = new int[1];
        Path logo = TestImages.bmp(tmp.resolve("logo.bmp"), 20, 20);
        // The layer file is looked up while the render runs (after the check that it is still wanted):
        // the moment for the next key to arrive, once.
        LayerSource typingMidRender = path -> {
            if (inExactRender[0] && typed[0]++ == 0) { // planning: the layer file must exist
                model[0].show(Transformation.parse("w-500"), List.of());
            }
            return Optional.of(logo);
        };
        TaskRunner exact = new TaskRunner() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
                inExactRender[0] = true;
                try {
                    TaskRunner.sameThread().run(work, onResult, onFailure);
                } finally {
                    inExactRender[0] = false;
                }
            }
        };
        List<Runnable> quiet = new ArrayList<>();
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 1).useLayerSource(typingMidRender)) {
            model[0] = new PreviewViewModel(renderer, TaskRunner.sameThread(), quiet::add, exact, Debouncer.immediate());
            model[0].open(photo);
            typed[0] = 1; // not during the first render
            model[0].show(Transformation.parse("w-300,l-image,i-logo.bmp,l-end"), List.of());
            typed[0] = 0;
            quiet.remove(0).run(); // w-300: its preview lands, its exact render starts and is typed over
            assertThat(typed[0]).isEqualTo(1); // stopped before the layer stage, which would look the file up again
            assertThat(model[0].outputProperty().get().width()).isEqualTo(1000); // w-300's never landed
            assertThat(model[0].refusalProperty().get()).isEmpty(); // and its stop is no error to show
            quiet.remove(0).run();
            assertThat(model[0].outputProperty().get().width()).isEqualTo(500);
        }
    }

    @Test
    void theExactRenderWaitsForItsOwnPause() {
        List<Runnable> paused = new ArrayList<>();
        PreviewViewModel preview = new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate(),
                TaskRunner.sameThread(), paused::add);
        preview.open(photo);
        paused.clear();
        preview.show(Transformation.parse("w-300"), List.of());
        preview.show(Transformation.parse("w-500"), List.of());
        assertThat(preview.shownProperty().get().outputWidth()).isEqualTo(500);
        assertThat(preview.outputProperty().get()).isNull(); // no exact render during the typing
        paused.get(0).run(); // w-300's pause ends after w-500 was typed: nothing starts
        assertThat(preview.outputProperty().get()).isNull();
        paused.get(1).run();
        assertThat(preview.outputProperty().get().width()).isEqualTo(500);
    }

    @Test
    void aRenderStillQueuedWhenANewerOneIsAskedForIsSkipped() {
        ControllableTasks tasks = ControllableTasks.holdingWork();
        TransformStudioViewModel studio = studio(tasks);
        studio.preview().open(photo);
        tasks.completeAll();
        studio.textProperty().set("w-100");
        studio.textProperty().set("w-200");
        tasks.complete(0); // w-100: skipped without rendering, the untransformed output stays
        assertThat(studio.preview().outputProperty().get().width()).isEqualTo(1000);
        assertThat(studio.preview().shownProperty().get().outputWidth()).isEqualTo(1000);
        assertThat(studio.preview().busyProperty().get()).isTrue();
        assertThat(tasks.pending()).isEqualTo(1); // and asked for no exact render
        tasks.complete(0);
        assertThat(studio.preview().shownProperty().get().outputWidth()).isEqualTo(200);
        tasks.complete(0);
        assertThat(studio.preview().outputProperty().get().width()).isEqualTo(200);
    }

    @Test
    void hostedOnlyKeysShowTheRefusal() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.preview().open(photo);
        studio.textProperty().set("w-300,e-bgremove");
        assertThat(studio.errorProperty().get()).isEmpty();
        assertThat(studio.preview().refusalProperty().get()).contains("e-bgremove").contains("hosted");
        assertThat(studio.preview().outputProperty().get()).isNull();
        studio.textProperty().set("w-300");
        assertThat(studio.preview().refusalProperty().get()).isEmpty();
    }

    @Test
    void ignoredParametersAreListedAsNotices() {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        studio.preview().open(photo);
        studio.textProperty().set("w-300,h-200,ar-4-3");
        assertThat(studio.preview().notices()).anySatisfy(n -> assertThat(n).contains("ar"));
    }

    @Test
    void theGridRendersEveryPresetOverEveryImage() throws Exception {
        TransformStudioViewModel studio = studio(TaskRunner.sameThread());
        PresetGridViewModel grid = studio.grid();
        grid.addImage(photo);
        studio.textProperty().set("w-400,h-300");
        studio.addToGrid();
        grid.addPreset("w-100,f-png");
        grid.addImage(TestImages.bmp(tmp.resolve("small.bmp"), 50, 40));
        assertThat(grid.cells()).hasSize(4);
        assertThat(grid.cells().get(0).summaryProperty().get()).startsWith("400 × 300 · BMP");
        assertThat(grid.cells().get(1).summaryProperty().get()).startsWith("100 × 67 · PNG");
        assertThat(grid.cells()).allSatisfy(c -> assertThat(c.pixelsProperty().get()).isNotNull());
    }
}
