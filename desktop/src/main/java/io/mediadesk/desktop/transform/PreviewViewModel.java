package io.mediadesk.desktop.transform;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
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
 * valid transformation. Renders run through the {@link TaskRunner}, after the {@link Debouncer}'s
 * quiet period; each has a generation number and only the newest may land, so a slow render that
 * finishes late never replaces a newer one (and one that has not started yet is skipped).
 */
public final class PreviewViewModel {
    /** The "before" image only needs to fill the preview box, so it is decoded at most this big. */
    static final Transformation BEFORE = Transformation.parse("w-1600,h-1600,c-at_max");

    private final Renderer renderer;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final AtomicLong generation = new AtomicLong();
    private final ObjectProperty<Path> source = new SimpleObjectProperty<>();
    private final StringProperty sourceSummary = new SimpleStringProperty("");
    private final ObjectProperty<RenderedPixels> before = new SimpleObjectProperty<>();
    private final ObjectProperty<RenderedPixels> output = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> noticesView = FXCollections.unmodifiableObservableList(notices); // made once: see PresetGridViewModel
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LongProperty lastRenderMillis = new SimpleLongProperty(-1);
    private Transformation transformation = Transformation.of();
    private List<String> parseNotices = List.of();

    public PreviewViewModel(Renderer renderer, TaskRunner tasks, Debouncer debouncer) {
        this.renderer = renderer;
        this.tasks = tasks;
        this.debouncer = debouncer;
    }

    /** A new valid transformation (and the parser's notices about it); renders after the quiet period. */
    public void show(Transformation next, List<String> nextParseNotices) {
        transformation = next;
        parseNotices = List.copyOf(nextParseNotices);
        debouncer.submit(this::render);
    }

    /** Switches the source image: its facts and "before" pixels load at once, the output follows. */
    public void open(Path file) {
        source.set(file);
        before.set(null);
        output.set(null);
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
        long started = System.nanoTime();
        busy.set(true);
        tasks.run(() -> gen == generation.get() ? renderer.renderPixels(file, t) : null,
                pixels -> land(gen, pixels, started), failure -> fail(gen, failure));
    }

    private void land(long gen, RenderedPixels pixels, long started) {
        if (gen != generation.get() || pixels == null) {
            return; // a newer render was asked for: this one is stale
        }
        busy.set(false);
        lastRenderMillis.set((System.nanoTime() - started) / 1_000_000);
        output.set(pixels);
        summary.set(Outcome.summary(pixels.info()));
        refusal.set("");
        List<String> all = new ArrayList<>(parseNotices);
        all.addAll(pixels.info().notices());
        notices.setAll(all);
    }

    private void fail(long gen, Throwable failure) {
        if (gen != generation.get()) {
            return;
        }
        busy.set(false);
        output.set(null);
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

    public ReadOnlyObjectProperty<RenderedPixels> outputProperty() {
        return output;
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

    public ReadOnlyLongProperty lastRenderMillisProperty() {
        return lastRenderMillis;
    }
}
