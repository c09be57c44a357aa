package io.mediadesk.desktop.settings;

import java.nio.file.Path;

/**
 * {@code <library>/settings.json}: read once at start, written whole (atomically) on each change.
 * Writes are serialised and a write older than the last one written is dropped, so changes made
 * in quick succession from background threads land in order.
 */
public final class SettingsStore {
    private final JsonFile<AppSettings> file;

    public SettingsStore(Path libraryFolder) {
        this.file = new JsonFile<>(libraryFolder.resolve("settings.json"), AppSettings.class);
    }

    public AppSettings load() {
        return file.read().orElse(AppSettings.DEFAULTS);
    }

    /** A ticket for a write: take it on the thread that made the change, in the order of the changes. */
    public long ticket() {
        return file.ticket();
    }

    /** Writes {@code settings} unless a newer ticket was written already. Blocking: fsync. */
    public void write(long ticket, AppSettings settings) {
        file.write(ticket, settings);
    }

    public Path path() {
        return file.path();
    }
}
