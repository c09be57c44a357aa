package io.mediadesk.desktop.transform;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import io.mediadesk.engine.render.PreviewPixels;
import io.mediadesk.engine.render.RenderedPixels;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live preview: the source image, its "before" pixels, and the engine's output for the latest
 * valid transformation, in two steps. After the {@link Debouncer}'s quiet period a quick preview
 * ({@link Renderer#renderPreview}: the plan carried out on a copy of the source no bigger than the
 * preview box, with the planner's true size and format) is rendered through the {@link TaskRunner}
 * and {@link #shownProperty() shown}; once it has landed and a longer pause has passed (the
 * exact debouncer), the real output ({@link Renderer#renderPixels}: encoded, byte count, the
 * served pixels at full size) is rendered through the exact runner and replaces it. Each render
 * has a generation number and only the newest may land, so a slow render that finishes late never
 * replaces a newer one, one that has not started yet is skipped, and the exact render of an
 * edit that was typed over never starts.
 */
public final class PreviewViewModel {
    /** The "before" image only needs to fill the preview box, so it is decoded at most this big. */
    static final Transformation BEFORE = Transformation.parse("w-1600,h-1600,c-at_max");

    /** The preview box before the view has said how big it is: about a laptop screen's pane at scale 2. */
    static final int DEFAULT_BOX = 1600;

    private final Renderer renderer;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final TaskRunner exactTasks;
    private final Debouncer exactDebouncer;
    private volatile int boxWidth = DEFAULT_BOX;
    private volatile int boxHeight = DEFAULT_BOX;
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>();
    private final StringProperty sourceSummary = new SimpleStringProperty("");
    private final ObjectProperty<RenderedPixels> before = new SimpleObjectProperty<>();
    private final ObjectProperty<RenderedPixels> output = new SimpleObjectProperty<>();
    private final ObjectProperty<PreviewPixels> shown = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> noticesView = FXCollections.unmodifiableObservableList(notices); // made once: see PresetGridViewModel
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty exact = new SimpleBooleanProperty();
    private final PreviewZoom zoom = new PreviewZoom();
    private final LongProperty lastRenderMillis = new SimpleLongProperty(-1);
    private Transformation transformation = Transformation.of();
    private List<String> parseNotices = List.of();

    /** Quick previews and exact renders on the same runner, the exact one as soon as the preview lands. */
    public PreviewViewModel(Renderer renderer, TaskRunner tasks, Debouncer debouncer) {
        this(renderer, tasks, debouncer, tasks, Debouncer.immediate());
    }

    /**
     * @param exactTasks where the exact renders run: a runner of their own, so that a slow full-size
     *     render never holds up the next keystroke's preview
     * @param exactDebouncer the pause after a preview has landed before the exact render starts
     */
    public PreviewViewModel(Renderer renderer, TaskRunner tasks, Debouncer debouncer, TaskRunner exactTasks,
            Debouncer exactDebouncer) {
        this.renderer = renderer;
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.exactTasks = exactTasks;
        this.exactDebouncer = exactDebouncer;
    }

    /**
     * The size in device pixels the preview is shown at (the pane times the screen's output
     * scale); the next render fits its quick preview in it. Called by the view on layout.
     */
    public void previewBox(int width, int height) {
        boxWidth = Math.max(1, width);
        boxHeight = Math.max(1, height);
    }

    /** A new valid transformation (and the parser's notices about it); renders after the quiet period. */
    public void show(Transformation next, List<String> nextParseNotices) {
        transformation = next;
        parseNotices = List.copyOf(nextParseNotices);
        generation.incrementAndGet(); // from this keystroke on, nothing rendered for an older edit may land
        exact.set(false); // what is on screen is an older edit's: no longer the exact output
        debouncer.submit(this::render);
    }

    /** Switches the source image: its facts and "before" pixels load at once, the output follows. */
    public void open(Path file) {
        source.set(file);
        before.set(null);
        output.set(null);
        exact.set(false);
        shown.set(null);
        refusal.set("");
        tasks.run(() -> loadBefore(file), loaded -> {
            if (file.equals(source.get())) {
                before.set(loaded.pixels());
                sourceSummary.set(file.getFileName() + " · " + loaded.info().width() + " × " + loaded.info().height()
                        + " · " + loaded.info().format() + " · " + ByteCount.text(file.toFile().length()));
            }
        }, failure -> {
            if (file.equals(source.get())) {
                sourceSummary.set(file.getFileName().toString());
                refusal.set(Outcome.failure(failure));
            }
        });
        render();
    }

    private Before loadBefore(Path file) {
        return new Before(new ImageProbe().probe(file), renderer.renderPixels(file, BEFORE));
    }

    private record Before(ImageInfo info, RenderedPixels pixels) {
    }

    /** Renders now (the debouncer calls this); public for the latency benchmark. */
    public void render() {
        Path file = source.get();
        if (file == null) {
            return;
        }
        long gen = generation.incrementAndGet();
        Transformation t = transformation;
        int width = boxWidth;
        int height = boxHeight;
        long started = System.nanoTime();
        busy.set(true);
        tasks.run(() -> gen == generation.get() ? renderer.renderPreview(file, t, width, height) : null,
                pixels -> landPreview(gen, pixels, started, file, t), failure -> fail(gen, failure));
    }

    private void landPreview(long gen, PreviewPixels pixels, long started, Path file, Transformation t) {
        if (gen != generation.get() || pixels == null) {
            return; // a newer render was asked for: this one is stale
        }
        lastRenderMillis.set((System.nanoTime() - started) / 1_000_000);
        exact.set(false);
        shown.set(pixels);
        summary.set(Outcome.summary(pixels));
        refusal.set("");
        showNotices(pixels.notices());
        exactDebouncer.submit(() -> renderExact(gen, file, t));
    }

    private void renderExact(long gen, Path file, Transformation t) {
        if (gen != generation.get()) {
            return; // typed over during the pause: never started
        }
        // a key typed while it runs stops it at the next stage: its cores go to that key's preview
        exactTasks.run(() -> gen == generation.get() ? renderer.renderPixels(file, t, () -> gen != generation.get()) : null,
                pixels -> landExact(gen, pixels), failure -> fail(gen, failure));
    }

    private void landExact(long gen, RenderedPixels pixels) {
        if (gen != generation.get() || pixels == null) {
            return;
        }
        busy.set(false);
        output.set(pixels);
        shown.set(new PreviewPixels(pixels.width(), pixels.height(), pixels.argb(), pixels.width(), pixels.height(),
                pixels.info().format(), pixels.info().notices()));
        exact.set(true);
        summary.set(Outcome.summary(pixels.info()));
        refusal.set("");
        showNotices(pixels.info().notices());
    }

    private void showNotices(List<String> renderNotices) {
        List<String> all = new ArrayList<>(parseNotices);
        all.addAll(renderNotices);
        notices.setAll(all);
    }

    private void fail(long gen, Throwable failure) {
        if (gen != generation.get()) {
            return;
        }
        busy.set(false);
        output.set(null);
        exact.set(false);
        shown.set(null);
        summary.set("");
        refusal.set(Outcome.failure(failure));
        notices.setAll(parseNotices);
    }

    public ReadOnlyObjectProperty<Path> sourceProperty() {
        return source;
    }

    public ReadOnlyStringProperty sourceSummaryProperty() {
        return sourceSummary;
    }

    public ReadOnlyObjectProperty<RenderedPixels> beforeProperty() {
        return before;
    }

    /** The exact output (encoded and read back, full size) of the newest edit, once it has been rendered. */
    public ReadOnlyObjectProperty<RenderedPixels> outputProperty() {
        return output;
    }

    /** What the preview pane shows: the quick preview at once, then the exact output when it lands. */
    public ReadOnlyObjectProperty<PreviewPixels> shownProperty() {
        return shown;
    }

    /**
     * Whether {@link #shownProperty() shown} holds the exact output of the newest edit: false while
     * a quick preview is shown, and from the moment a newer edit is typed until its exact render
     * lands (the pixels on screen are then an older edit's). The zoomed view badges them "Preview".
     */
    public ReadOnlyBooleanProperty exactProperty() {
        return exact;
    }

    /** Where the output sits in the preview pane: fit, 100 %, 200 %, 400 %, and the pan. */
    public PreviewZoom zoom() {
        return zoom;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal;
    }

    public ObservableList<String> notices() {
        return noticesView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** From the render being asked for (after the quiet period) to the quick preview landing. */
    public ReadOnlyLongProperty lastRenderMillisProperty() {
        return lastRenderMillis;
    }
}
