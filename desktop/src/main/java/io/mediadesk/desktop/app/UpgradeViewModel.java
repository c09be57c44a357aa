package io.mediadesk.desktop.app;

import io.mediadesk.library.store.MigrationListener;
import io.mediadesk.library.store.MigrationProgress;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the window shows while an older catalog's schema is upgraded before the library opens: the
 * version and what it adds, how far (a count and a fraction), and the failure if there is one.
 * Properties change on the UI thread only; {@link #listener} hands the opening thread's progress
 * over, the latest state only, so a fast upgrade cannot flood the UI thread.
 */
public final class UpgradeViewModel {
    private final StringProperty step = new SimpleStringProperty("Opening the library…");
    private final StringProperty count = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1); // indeterminate until the first count
    private final StringProperty error = new SimpleStringProperty("");

    /** A listener for the opening thread that shows its progress through {@code ui} (e.g. {@code Platform::runLater}). */
    public MigrationListener listener(Executor ui) {
        AtomicReference<MigrationProgress> pending = new AtomicReference<>();
        return p -> {
            if (pending.getAndSet(p) == null) {
                ui.execute(() -> show(pending.getAndSet(null)));
            }
        };
    }

    /** On the UI thread. */
    public void show(MigrationProgress p) {
        step.set("Upgrading the catalog to schema " + p.schema() + ": " + p.step());
        count.set(String.format(Locale.ROOT, "%,d of %,d %s", p.done(), p.total(), p.unit()));
        progress.set(p.fraction());
    }

    /** On the UI thread: the upgrade failed; the catalog keeps its old schema. */
    public void failed(Throwable e) {
        error.set("The library could not be opened: " + e.getMessage());
        progress.set(0);
    }

    public ReadOnlyStringProperty stepProperty() {
        return step;
    }

    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    /** 0 to 1, or -1 (indeterminate) before the first count. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
