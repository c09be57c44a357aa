package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.Library;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the library view. Counting assets is I/O, so it runs through the {@link TaskRunner}. */
public final class LibraryShellViewModel {
    /** The asset count before the first count has come back. */
    public static final long UNKNOWN = -1;

    private final Library library;
    private final TaskRunner tasks;
    private final LongProperty assetCount = new SimpleLongProperty(UNKNOWN);
    private final StringProperty status = new SimpleStringProperty("Opening library…");

    public LibraryShellViewModel(Library library, TaskRunner tasks) {
        this.library = library;
        this.tasks = tasks;
    }

    public void refresh() {
        tasks.run(() -> library.catalog().countAssets(), count -> {
            assetCount.set(count);
            status.set(library.catalog().description() + " · schema " + library.catalog().schemaVersion() + " · "
                    + count + (count == 1 ? " asset" : " assets"));
        }, failure -> status.set("Could not read the catalog: " + failure.getMessage()));
    }

    public String libraryPath() {
        return library.folder().toString();
    }

    public ReadOnlyLongProperty assetCountProperty() {
        return assetCount;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
