package io.mediadesk.desktop.syncpanel;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.render.RenderedPixels;
import io.mediadesk.sync.plan.Resolution;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conflicts of the current plan, one selected, its two sides' pictures loaded on the
 * {@link TaskRunner} (only the newest selection's land), and the person's choice, which goes back
 * to the panel to plan again with it ({@code choose}).
 */
public final class ConflictsViewModel {
    private final TaskRunner tasks;
    private final ConflictPictures pictures;
    private final ObservableValue<Connection> connection;
    private final BiConsumer<String, Resolution> choose;
    private final AtomicLong generation = new AtomicLong();

    private final ObservableList<ConflictRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<RenderedPixels> libraryPicture = new SimpleObjectProperty<>();
    private final ObjectProperty<RenderedPixels> servicePicture = new SimpleObjectProperty<>();
    private final StringProperty libraryNote = new SimpleStringProperty("");
    private final StringProperty serviceNote = new SimpleStringProperty("");

    ConflictsViewModel(TaskRunner tasks, ConflictPictures pictures, ObservableValue<Connection> connection,
            BiConsumer<String, Resolution> choose) {
        this.tasks = tasks;
        this.pictures = pictures;
        this.connection = connection;
        this.choose = choose;
        selected.addListener((o, was, now) -> {
            if (now == null || was == null || !now.key().equals(was.key())) load(now);
        });
    }

    /** The conflicts of a new plan; the selection stays on the same conflict when it is still there. */
    void show(List<ConflictRow> next) {
        ConflictRow was = selected.get();
        rows.setAll(next);
        ConflictRow keep = was == null ? null : next.stream().filter(r -> r.key().equals(was.key())).findFirst().orElse(null);
        selected.set(keep != null ? keep : next.isEmpty() ? null : next.get(0));
    }

    /** Settles the selected conflict with {@code choice} and plans again (what the plan then does is shown). */
    public void choose(Resolution choice) {
        ConflictRow row = selected.get();
        if (row == null || !row.choices().contains(choice) || choice == row.chosen()) return;
        choose.accept(row.key(), choice);
    }

    private void load(ConflictRow row) {
        long gen = generation.incrementAndGet();
        libraryPicture.set(null);
        servicePicture.set(null);
        if (row == null || !row.hasPictures()) {
            libraryNote.set("");
            serviceNote.set("");
            return;
        }
        Connection account = connection.getValue();
        libraryNote.set(row.local() == null ? "Not in the library." : "Loading…");
        serviceNote.set(row.remote() == null ? "Deleted on the service." : account == null ? "No account." : "Fetching from the CDN…");
        if (row.local() != null) {
            tasks.run(() -> pictures.library(row.local()), p -> land(gen, p, libraryPicture, libraryNote),
                    e -> land(gen, ConflictPictures.Picture.none(e.getMessage()), libraryPicture, libraryNote));
        }
        if (row.remote() != null && account != null) {
            tasks.run(() -> pictures.service(account, row.remote()), p -> land(gen, p, servicePicture, serviceNote),
                    e -> land(gen, ConflictPictures.Picture.none(e.getMessage()), servicePicture, serviceNote));
        }
    }

    private void land(long gen, ConflictPictures.Picture p, ObjectProperty<RenderedPixels> pixels, StringProperty note) {
        if (gen != generation.get()) return; // another conflict was selected meanwhile
        pixels.set(p.pixels());
        note.set(p.note());
    }

    public ObservableList<ConflictRow> rows() {
        return rows;
    }

    public ObjectProperty<ConflictRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<RenderedPixels> libraryPictureProperty() {
        return libraryPicture;
    }

    public ObjectProperty<RenderedPixels> servicePictureProperty() {
        return servicePicture;
    }

    public StringProperty libraryNoteProperty() {
        return libraryNote;
    }

    public StringProperty serviceNoteProperty() {
        return serviceNote;
    }
}
