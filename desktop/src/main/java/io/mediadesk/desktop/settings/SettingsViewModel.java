package io.mediadesk.desktop.settings;

import io.mediadesk.desktop.app.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's settings while it runs: theme, last section, window state and the thumbnail cache
 * size, saved to {@link SettingsStore} in the background on each change; plus what the settings
 * dialog shows about the library (its folder and catalog), which is chosen at launch.
 */
public final class SettingsViewModel {
    private final SettingsStore store;
    private final TaskRunner tasks;
    private final String libraryFolder;
    private final String catalog;
    private AppSettings settings;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final IntegerProperty thumbnailsKept = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");

    public SettingsViewModel(SettingsStore store, TaskRunner tasks, String libraryFolder, String catalog) {
        this.store = store;
        this.tasks = tasks;
        this.libraryFolder = libraryFolder;
        this.catalog = catalog;
        this.settings = store.load();
        dark.set(settings.dark());
        thumbnailsKept.set(settings.thumbnailsKept());
        dark.addListener((o, was, now) -> change(settings.withTheme(now)));
        thumbnailsKept.addListener((o, was, now) -> {
            change(settings.withThumbnailsKept(now.intValue()));
            message.set("The grid keeps " + settings.thumbnailsKept() + " thumbnails from the next start.");
        });
    }

    public AppSettings settings() {
        return settings;
    }

    public void sectionShown(String section) {
        change(settings.withSection(section));
    }

    public void windowClosed(WindowState window) {
        change(settings.withWindow(window));
    }

    private void change(AppSettings next) {
        if (next.equals(settings)) return;
        settings = next;
        long ticket = store.ticket();
        tasks.run(() -> {
            store.write(ticket, next);
            return null;
        }, ok -> { }, e -> message.set("Settings not saved: " + e.getMessage()));
    }

    /** Saves now, on the calling thread: for the window closing, when no background task may outlive the app. */
    public void flush() {
        store.write(store.ticket(), settings);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public IntegerProperty thumbnailsKeptProperty() {
        return thumbnailsKept;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public String libraryFolder() {
        return libraryFolder;
    }

    public String catalog() {
        return catalog;
    }

    public String settingsFile() {
        return store.path().toString();
    }
}
