package io.mediadesk.desktop.importing;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.ingest.Cancellation;
import io.mediadesk.library.ingest.ImportItem;
import io.mediadesk.library.ingest.ImportOptions;
import io.mediadesk.library.ingest.ImportProgress;
import io.mediadesk.library.ingest.ImportReport;
import io.mediadesk.library.ingest.Importer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One import at a time, run through the {@link TaskRunner}; the importer reports on its own thread
 * after each file, and {@code ui} carries each report to the FX thread. Cancel stops between
 * files, so no asset is ever half imported.
 */
public final class ImportViewModel {
    private final Library library;
    private final TaskRunner tasks;
    private final Executor ui;
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private volatile Cancellation cancellation = new Cancellation();
    private java.util.function.BiConsumer<Boolean, String> onDone = (failed, text) -> { };

    public ImportViewModel(Library library, TaskRunner tasks, Executor ui) {
        this.library = library;
        this.tasks = tasks;
        this.ui = ui;
    }

    /** Imports files and folders (a folder keeps its name under {@code target}). */
    public void start(List<Path> inputs, FolderPath target) {
        if (running.get() || inputs.isEmpty()) return;
        Cancellation mine = new Cancellation();
        cancellation = mine;
        rows.clear();
        progress.set(-1);
        running.set(true);
        shown.set(true);
        summary.set("Counting files…");
        tasks.run(() -> run(inputs, target, mine), this::finished, e -> {
            running.set(false);
            summary.set("Import stopped: " + e.getMessage());
            onDone.accept(true, summary.get());
        });
    }

    private ImportReport run(List<Path> inputs, FolderPath target, Cancellation mine) {
        try (Importer importer = new Importer(library, Clock.systemUTC())) {
            return importer.run(inputs, ImportOptions.DEFAULT.withTarget(target), new ImportProgress() {
                @Override
                public void finished(ImportItem item, int done, int total) {
                    ImportRow row = row(item);
                    ui.execute(() -> {
                        rows.add(row);
                        progress.set(done / (double) total);
                        summary.set("Importing " + done + " of " + total + "…");
                    });
                }
            }, mine);
        }
    }

    private ImportRow row(ImportItem item) {
        String file = item.input().getFileName().toString();
        return switch (item.status()) {
            case FAILED -> new ImportRow(file, item.status(), item.reason().orElse("") + ": " + item.error().orElse(""));
            case DUPLICATE -> new ImportRow(file, item.status(), "already in the library as " + item.path().orElse("?"));
            case IMPORTED -> new ImportRow(file, item.status(), item.similar().isEmpty() ? item.path().orElse("")
                    : "looks like " + matches(item.similar()));
        };
    }

    /** Names the near-duplicates; runs on the importing thread, where a lookup may block. */
    private String matches(Map<AssetId, Integer> similar) {
        return similar.entrySet().stream().limit(3).map(e -> library.assets().find(e.getKey()).map(Asset::filePath)
                .orElse(e.getKey().toString()) + " (distance " + e.getValue() + ")").collect(Collectors.joining(", "));
    }

    private void finished(ImportReport report) {
        running.set(false);
        progress.set(1);
        summary.set((report.cancelled() ? "Cancelled: " : "Done: ") + report.count(ImportItem.Status.IMPORTED) + " imported, "
                + report.count(ImportItem.Status.DUPLICATE) + " duplicates, " + report.count(ImportItem.Status.FAILED) + " failed");
        onDone.accept(report.count(ImportItem.Status.FAILED) > 0,
                (report.cancelled() ? "Import cancelled: " : "Import finished: ") + summary.get().replaceFirst("^(Done|Cancelled): ", ""));
    }

    /**
     * Hears each import end, on the FX thread: whether files failed (or the whole run), and a line
     * for a notification such as "Import finished: 12 imported, 3 duplicates, 0 failed".
     */
    public void onDone(java.util.function.BiConsumer<Boolean, String> listener) {
        this.onDone = listener;
    }

    public void cancel() {
        cancellation.cancel();
    }

    public void dismiss() {
        if (!running.get()) shown.set(false);
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
