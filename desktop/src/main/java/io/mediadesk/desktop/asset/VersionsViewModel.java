package io.mediadesk.desktop.asset;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.library.LibraryBrowserViewModel;
import io.mediadesk.desktop.library.VersionEdit;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.AssetVersion;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.ingest.ContentIntake;
import io.mediadesk.library.store.AuditEntry;
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shown asset's content versions, newest (its current content) first, each with whether its
 * original is still among the library's originals (only then has it a thumbnail); restoring an old
 * version and replacing the content from a file (the file chooser or a drop on the preview), each
 * recorded as an undoable {@link VersionEdit}. A replace goes through the same {@link ContentIntake}
 * as the CLI's {@code replace}: probe and safety limits first, so a file that is not an acceptable
 * image changes nothing. Every store and file call runs through the TaskRunner; one change at a time.
 */
public final class VersionsViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /**
     * One version as the list shows it.
     *
     * @param author who made it: the version's actor, or for the implicit first version the one who added the asset
     * @param originalKept whether its original is on disk (its thumbnail can be shown or made)
     * @param content the asset as it was with this version's content, for its thumbnail
     */
    public record Row(AssetVersion version, boolean current, Optional<String> author, boolean originalKept, Asset content) {

        /** {@code Version 3 · current}. */
        public String title() {
            return "Version " + version.number() + (current ? " · current" : "");
        }

        /** {@code JPG · 1200 × 800 px · 240 KB}. */
        public String facts() {
            return version.format().toUpperCase(Locale.ROOT) + " · " + version.width() + " × " + version.height() + " px · "
                    + AssetFacts.size(version.size());
        }

        /** {@code 26 Nov 2026, 16:20 · by alice}, and whether the original is gone. */
        public String made() {
            return WHEN.format(version.createdAt()) + author.map(a -> " · by " + a).orElse("") + (originalKept ? "" : " · original not kept");
        }
    }

    private final LibraryBrowserViewModel browser;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Originals originals;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private int generation;

    public VersionsViewModel(LibraryBrowserViewModel browser, TaskRunner tasks) {
        this(browser, tasks, Clock.systemUTC());
    }

    VersionsViewModel(LibraryBrowserViewModel browser, TaskRunner tasks, Clock clock) {
        this.browser = browser;
        this.tasks = tasks;
        this.clock = clock;
        this.originals = browser.originals();
        browser.currentProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) message.set("");
            load();
        });
    }

    /** Reads the shown asset's versions again (the newest answer wins should two cross). */
    public void load() {
        Asset shown = browser.currentProperty().get();
        int mine = ++generation;
        if (shown == null) {
            rows.clear();
            return;
        }
        tasks.run(() -> read(shown.id()), read -> {
            if (mine == generation) rows.setAll(read);
        }, e -> {
            if (mine != generation) return;
            rows.clear();
            message.set("Versions unavailable: " + e.getMessage());
        });
    }

    private List<Row> read(AssetId id) {
        Asset asset = browser.repository().find(id).orElseThrow(() -> new IllegalStateException("there is no asset " + id));
        List<AssetVersion> versions = browser.repository().versions(id);
        return versions.stream().map(v -> new Row(v, v == versions.get(0), v.actor().or(() -> addedBy(id)), kept(v),
                v.applyTo(asset, EmbeddedMetadata.NONE))).toList();
    }

    /** The implicit first version has no actor: the one who added the asset made it. */
    private Optional<String> addedBy(AssetId id) {
        List<AuditEntry> trail = browser.repository().audit(Optional.of(id), Integer.MAX_VALUE);
        return trail.stream().filter(e -> e.action().equals("add")).reduce((newer, older) -> older).map(AuditEntry::actor);
    }

    private boolean kept(AssetVersion v) {
        try {
            return originals.exists(v.contentHash()); // off the FX thread (read); a team catalog's GridFS counts
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes {@code row}'s version current again, as a new version (the View asks first). */
    public void restore(Row row) {
        Asset shown = browser.currentProperty().get();
        if (shown == null || busy.get()) return;
        if (row.current()) {
            message.set("Version " + row.version().number() + " is the current content already.");
            return;
        }
        int number = row.version().number();
        change(shown, "Restoring version " + number + "…", "Cannot restore version " + number + " of " + shown.name(), () -> {
            int before = browser.repository().versions(shown.id()).get(0).number();
            browser.repository().restoreVersion(shown.id(), number);
            int made = browser.repository().versions(shown.id()).get(0).number();
            return new Done(new VersionEdit(shown.id(), "restored version " + number + " of " + shown.name(), before, number),
                    "Restored version " + number + " of " + shown.name() + " as version " + made + " (Undo brings back version "
                            + before + ")");
        });
    }

    /**
     * Gives the shown asset {@code file}'s bytes as its new content; its old content stays as a
     * version. A file that cannot be read or is not an acceptable image is refused with the reason
     * and nothing changes.
     */
    public void replace(Path file) {
        Asset shown = browser.currentProperty().get();
        if (shown == null) {
            message.set("Select an asset first.");
            return;
        }
        if (busy.get()) return;
        change(shown, "Replacing " + shown.name() + " with " + file.getFileName() + "…",
                "Cannot replace " + shown.name() + " with " + file.getFileName(), () -> {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no such file: " + file);
            int before = browser.repository().versions(shown.id()).get(0).number();
            Asset content;
            try (ContentIntake intake = new ContentIntake(browser.originals())) {
                content = intake.take(file, shown.id(), shown.folder(), shown.name(), clock.instant());
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
            }
            browser.repository().replaceContent(shown.id(), content);
            int after = browser.repository().versions(shown.id()).get(0).number();
            return new Done(new VersionEdit(shown.id(), "replaced the content of " + shown.name() + " with " + file.getFileName(),
                    before, after), "Replaced the content of " + shown.name() + " with " + file.getFileName() + ": version "
                            + after + " (version " + before + " kept)");
        });
    }

    /** A drop on the preview: exactly one file replaces the content; anything else is refused with why. */
    public boolean acceptsDrop(List<Path> files) {
        return browser.currentProperty().get() != null && !busy.get() && files.size() == 1;
    }

    /** What a change did: the edit for the undo stack and the line for the message. */
    private record Done(VersionEdit edit, String text) {
    }

    private void change(Asset shown, String working, String refused, java.util.function.Supplier<Done> work) {
        busy.set(true);
        message.set(working);
        tasks.run(work, done -> {
            busy.set(false);
            browser.history().record(done.edit());
            message.set(done.text());
            load();
        }, e -> {
            busy.set(false);
            message.set(refused + ": " + e.getMessage());
            load();
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** A restore or replace is running: the buttons and the drop wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
