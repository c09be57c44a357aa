package io.mediadesk.desktop.presets;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.purge.PurgeSources;
import io.mediadesk.desktop.transform.PreviewViewModel;
import io.mediadesk.desktop.transform.StudioPresets;
import io.mediadesk.engine.transform.InvalidTransformationException;
import io.mediadesk.engine.transform.ParseResult;
import io.mediadesk.engine.transform.PresetLookup;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.PresetDiff;
import io.mediadesk.library.preset.PresetVersion;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.library.store.ConcurrentChangeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presets room: the library's named transformations listed and filtered, one of them in the
 * editor (its transformation checked as typed, with {@code n-NAME} expanded and the preview of the
 * result on a sample image), created, saved as a new version, renamed, moved to the trash and
 * restored; its history with a diff between any two versions and rollback; which presets use it and
 * which delivery URLs a change affects, handed to the purge panel.
 *
 * <p>All catalog work goes through the library's {@link Presets} on the {@link TaskRunner}; what the
 * FX thread checks while typing uses the list as last read (no I/O). A save quotes the version the
 * editor was loaded from, so an edit made meanwhile elsewhere is refused and shown as a
 * {@link #conflictProperty() conflict} with {@link #reload()} offered, never overwritten.
 */
public final class PresetsRoomViewModel implements StudioPresets {
    private final Presets presets;
    private final TaskRunner tasks;
    private final PreviewViewModel preview;
    private final ObservableValue<Connection> connection;
    private PurgeSources sources = PurgeSources.NONE;
    private Consumer<List<String>> purge = urls -> { };
    private Supplier<Optional<java.nio.file.Path>> librarySample = Optional::empty;

    private final ObservableList<Preset> active = FXCollections.observableArrayList();
    private final ObservableList<Preset> trash = FXCollections.observableArrayList();
    private final ObservableList<Preset> shown = FXCollections.observableArrayList();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<String> namesView = FXCollections.unmodifiableObservableList(names);
    private volatile Map<String, String> snapshot = Map.of();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showTrash = new SimpleBooleanProperty();

    private final ObjectProperty<Preset> selected = new SimpleObjectProperty<>();
    private int editedVersion;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty errorStart = new SimpleIntegerProperty(-1);
    private final IntegerProperty errorEnd = new SimpleIntegerProperty(-1);
    private final StringProperty expanded = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty conflict = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ObservableList<PresetVersion> history = FXCollections.observableArrayList();
    private final ObjectProperty<PresetDiff> diff = new SimpleObjectProperty<>();
    private final ObservableList<String> usedBy = FXCollections.observableArrayList();
    private final ObservableList<String> affected = FXCollections.observableArrayList();

    /**
     * @param preview the room's own preview (its sample image and renders), fed with the expanded transformation
     * @param connection the active account: affected URLs are on its URL endpoint
     */
    public PresetsRoomViewModel(Presets presets, TaskRunner tasks, PreviewViewModel preview, ObservableValue<Connection> connection) {
        this.presets = presets;
        this.tasks = tasks;
        this.preview = preview;
        this.connection = connection;
        filter.addListener((obs, was, now) -> refilter());
        showTrash.addListener((obs, was, now) -> refilter());
        text.addListener((obs, was, now) -> check());
        name.addListener((obs, was, now) -> checkName());
    }

    /** Where "URLs for the selection / the folder" take their assets from (the library browser in the app). */
    public void useSources(PurgeSources value) {
        sources = value;
    }

    /** Who sends the affected URLs: the purge panel in the app (it plans, shows verdicts and sends). */
    public void usePurge(Consumer<List<String>> value) {
        purge = value;
    }

    /** The original of the asset shown in the library (in memory: the path is computed, not read). */
    public void useLibrarySample(Supplier<Optional<java.nio.file.Path>> value) {
        librarySample = value;
    }

    /** Previews the preset on the asset shown in the library. */
    public void sampleFromLibrary() {
        Optional<java.nio.file.Path> file = librarySample.get();
        if (file.isEmpty()) {
            message.set("Select an asset in the library first: the preview uses its original.");
            return;
        }
        preview.open(file.get());
    }

    // ---- the list

    /**
     * Reads the presets and the trash again (the list, the studio's lookup, used-by); the editor is
     * left as it is, so unsaved work survives, and a save then finds out if the preset changed.
     */
    public void load() {
        load(null, false);
    }

    /** Reads the presets and puts {@code presetName} in the editor (where demos and screenshots start). */
    public void open(String presetName) {
        load(presetName, true);
    }

    private void load(String select, boolean replaceEditor) {
        busy.set(true);
        tasks.run(() -> new Loaded(presets.list(), presets.trash()), loaded -> {
            busy.set(false);
            active.setAll(loaded.active());
            trash.setAll(loaded.trash());
            Map<String, String> map = new LinkedHashMap<>();
            loaded.active().forEach(p -> map.put(p.name(), p.transformation()));
            snapshot = Map.copyOf(map);
            names.setAll(map.keySet());
            refilter();
            if (select != null && replaceEditor) {
                Optional<Preset> found = find(select);
                if (found.isPresent()) select(found.get());
                else newPreset();
            } else {
                check();
                computeUsedBy();
            }
        }, this::failed);
    }

    private record Loaded(List<Preset> active, List<Preset> trash) {
    }

    private Optional<Preset> find(String presetName) {
        return java.util.stream.Stream.concat(active.stream(), trash.stream()).filter(p -> p.name().equals(presetName)).findFirst();
    }

    private void refilter() {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        shown.setAll((showTrash.get() ? trash : active).stream().filter(p -> f.isEmpty()
                || p.name().toLowerCase(Locale.ROOT).contains(f) || p.transformation().toLowerCase(Locale.ROOT).contains(f)
                || p.description().toLowerCase(Locale.ROOT).contains(f)).toList());
    }

    // ---- the editor

    /** Puts a preset in the editor as the catalog last gave it; its history loads in the background. */
    public void select(Preset preset) {
        if (preset == null) {
            newPreset();
            return;
        }
        selected.set(preset);
        editedVersion = preset.version();
        conflict.set(false);
        name.set(preset.name());
        description.set(preset.description());
        text.set(preset.transformation());
        check();
        nameError.set("");
        computeUsedBy();
        affected.clear();
        loadHistory(preset.name());
    }

    /** An empty editor for a new preset. */
    public void newPreset() {
        selected.set(null);
        editedVersion = 0;
        conflict.set(false);
        name.set("");
        description.set("");
        text.set("");
        nameError.set("");
        history.clear();
        diff.set(null);
        usedBy.clear();
        affected.clear();
    }

    /** Whether the editor holds a new preset (its name is typed) rather than an existing one. */
    public boolean creating() {
        return selected.get() == null;
    }

    private void checkName() {
        if (!creating()) {
            nameError.set("");
            return;
        }
        String n = name.get();
        if (n == null || n.isEmpty()) {
            nameError.set("");
            return;
        }
        try {
            Preset.checkName(n);
            nameError.set(snapshot.containsKey(n) || trash.stream().anyMatch(p -> p.name().equals(n))
                    ? "a preset named \"" + n + "\" already exists" : "");
        } catch (InvalidValueException e) {
            nameError.set(e.getMessage());
        }
    }

    /** The engine's verdict on the text, with {@code n-NAME} expanded from the list as last read; renders the preview. */
    private void check() {
        String t = text.get() == null ? "" : text.get();
        ParseResult result;
        try {
            result = new TransformationParser(lookupWithout(creating() ? null : selected.get().name())).parseWithNotices(t);
        } catch (InvalidTransformationException e) {
            showError(t, e);
            return;
        }
        error.set("");
        errorStart.set(-1);
        errorEnd.set(-1);
        expanded.set(result.transformation().toString());
        preview.show(result.transformation(), result.notices());
    }

    private void showError(String t, InvalidTransformationException e) {
        int at = Math.max(0, Math.min(e.position(), t.length()));
        error.set(e.getMessage());
        errorStart.set(at);
        errorEnd.set(Math.min(t.length(), at + Math.max(1, e.token().length())));
    }

    /** The in-memory lookup, without {@code self} (a preset cannot use itself). */
    private PresetLookup lookupWithout(String self) {
        Map<String, String> map = snapshot;
        return n -> n.equals(self) ? Optional.empty() : Optional.ofNullable(map.get(n));
    }

    /** Creates the preset, or saves the editor as a new version of the one loaded (if nobody changed it meanwhile). */
    public void save() {
        String target = creating() ? name.get() : selected.get().name();
        String t = text.get();
        String d = description.get();
        int expected = editedVersion;
        boolean isNew = creating();
        busy.set(true);
        tasks.run(() -> isNew ? create(target, t, d) : presets.set(target, t, d, expected), saved -> {
            busy.set(false);
            message.set(isNew ? "Created " + saved.name() + "." : saved.version() == expected ? "No change to save."
                    : "Saved " + saved.name() + " as version " + saved.version() + ".");
            load(saved.name(), true);
        }, this::failed);
    }

    /** Drops the editor's changes and reads the preset again (after a conflict: someone else's version). */
    public void reload() {
        conflict.set(false);
        message.set("");
        Preset current = selected.get();
        load(current == null ? null : current.name(), true);
    }

    /** Renames the preset in the editor; its history goes with it. */
    public void rename(String to) {
        Preset p = selected.get();
        if (p == null) return;
        String target = to == null ? "" : to.strip();
        busy.set(true);
        tasks.run(() -> {
            checkVersion(p.name(), p.version());
            return presets.rename(p.name(), target);
        }, renamed -> {
            busy.set(false);
            message.set("Renamed " + p.name() + " to " + renamed.name() + ".");
            load(renamed.name(), true);
        }, this::failed);
    }

    /** Moves the preset in the editor to the trash (refused while other presets use it). */
    public void delete() {
        Preset p = selected.get();
        if (p == null || p.deleted()) return;
        busy.set(true);
        tasks.run(() -> {
            checkVersion(p.name(), p.version());
            return presets.delete(p.name());
        }, gone -> {
            busy.set(false);
            message.set("Moved " + gone.name() + " to the trash (Restore brings it back).");
            load(gone.name(), true);
        }, this::failed);
    }

    /** Brings the preset in the editor back from the trash. */
    public void restore() {
        Preset p = selected.get();
        if (p == null || !p.deleted()) return;
        busy.set(true);
        tasks.run(() -> presets.restore(p.name()), back -> {
            busy.set(false);
            message.set("Restored " + back.name() + ".");
            showTrash.set(false);
            load(back.name(), true);
        }, this::failed);
    }

    /** Refuses, like a save does, when the preset changed since the editor read it. */
    private void checkVersion(String presetName, int expected) {
        int now = presets.find(presetName).map(Preset::version).orElse(0);
        if (now != expected) {
            throw new ConcurrentChangeException("preset \"" + presetName + "\" changed meanwhile: you read version " + expected
                    + ", it is at version " + now + " now");
        }
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof InvalidTransformationException ite) {
            String t = text.get() == null ? "" : text.get();
            showError(t, ite);
            message.set("Not saved: " + ite.getMessage());
        } else if (e instanceof InvalidValueException ive) {
            if ("name".equals(ive.subject())) nameError.set(ive.getMessage());
            message.set("Not saved: " + ive.getMessage());
        } else if (e instanceof ConcurrentChangeException) {
            conflict.set(true);
            message.set("Changed by someone else since you opened it (" + e.getMessage()
                    + "). Reload to see their version; your text is still in the field to copy.");
        } else {
            message.set(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    // ---- history

    private void loadHistory(String presetName) {
        tasks.run(() -> presets.history(presetName), versions -> {
            Preset p = selected.get();
            if (p == null || !p.name().equals(presetName)) return; // another preset was chosen meanwhile
            history.setAll(versions);
            if (versions.size() >= 2) diff(versions.get(versions.size() - 2).number(), versions.get(versions.size() - 1).number());
            else diff.set(null);
        }, this::failed);
    }

    /** The difference between two versions of the history shown (computed here: both are in memory). */
    public void diff(int from, int to) {
        Optional<PresetVersion> a = version(from);
        Optional<PresetVersion> b = version(to);
        if (a.isEmpty() || b.isEmpty()) {
            message.set("No version " + (a.isEmpty() ? from : to) + " in this history.");
            return;
        }
        diff.set(PresetDiff.between(a.get(), b.get()));
    }

    private Optional<PresetVersion> version(int number) {
        return history.stream().filter(v -> v.number() == number).findFirst();
    }

    /** Writes a new version equal to version {@code number}; refused if the preset changed since it was read. */
    public void rollback(int number) {
        Preset p = selected.get();
        if (p == null) return;
        busy.set(true);
        tasks.run(() -> {
            checkVersion(p.name(), p.version());
            return presets.rollback(p.name(), number);
        }, back -> {
            busy.set(false);
            message.set("Rolled " + back.name() + " back to version " + number + ": now version " + back.version() + ".");
            load(back.name(), true);
        }, this::failed);
    }

    // ---- used by and affected URLs

    /** The presets that use the selected one through {@code n-NAME}, directly or through others, by name. */
    private void computeUsedBy() {
        Preset p = selected.get();
        if (p == null) {
            usedBy.clear();
            return;
        }
        Map<String, List<String>> refs = new LinkedHashMap<>();
        active.forEach(other -> refs.put(other.name(), references(other.transformation())));
        List<String> users = new ArrayList<>();
        List<String> frontier = new ArrayList<>(List.of(p.name()));
        while (!frontier.isEmpty()) {
            String target = frontier.remove(0);
            refs.forEach((other, used) -> {
                if (used.contains(target) && !other.equals(p.name()) && !users.contains(other)) {
                    users.add(other);
                    frontier.add(other);
                }
            });
        }
        usedBy.setAll(users.stream().sorted().toList());
    }

    /** The names a transformation refers to with {@code n-NAME}; none if it does not parse. */
    static List<String> references(String transformation) {
        try {
            return new TransformationParser().parse(transformation).steps().stream()
                    .flatMap(step -> step.params().stream())
                    .filter(op -> op.key() == io.mediadesk.engine.transform.Key.N)
                    .map(op -> op.value().toString()).distinct().toList();
        } catch (InvalidTransformationException e) {
            return List.of();
        }
    }

    /**
     * The delivery URLs a change to the selected preset affects for these assets: {@code tr:n-NAME}
     * for it and for every preset that uses it, on the active account's endpoint (sync's URL builder).
     */
    public void affectedFor(List<String> assetPaths) {
        Preset p = selected.get();
        Connection c = connection.getValue();
        if (p == null) {
            message.set("Choose a preset first.");
            return;
        }
        if (c == null) {
            message.set("Choose an account first (Accounts): the URLs are on its URL endpoint.");
            return;
        }
        if (assetPaths.isEmpty()) {
            message.set("No assets chosen: select some in the library, or choose a folder there.");
            affected.clear();
            return;
        }
        List<String> presetNames = new ArrayList<>(List.of(p.name()));
        presetNames.addAll(usedBy);
        List<String> urls = new ArrayList<>();
        for (String n : presetNames) {
            for (String path : assetPaths) {
                urls.add(c.urls().path(path).transformation("n-" + n).build());
            }
        }
        affected.setAll(urls);
        message.set(urls.size() + " URL(s) for " + assetPaths.size() + " asset(s) and " + presetNames.size() + " preset(s).");
    }

    /** The URLs for the assets selected in the library; looked up off the FX thread. */
    public void affectedForSelection() {
        Supplier<List<String>> paths = sources.selection();
        tasks.run(paths, this::affectedFor, this::failed);
    }

    /** The URLs for the files of the folder chosen in the library. */
    public void affectedForFolder() {
        Optional<PurgeSources.Folder> folder = sources.folder();
        if (folder.isEmpty()) {
            message.set("Choose a folder in the library first.");
            return;
        }
        tasks.run(folder.get().files(), this::affectedFor, this::failed);
    }

    /** Hands the affected URLs to the purge panel (the view asks for confirmation first). */
    public void purgeAffected() {
        if (affected.isEmpty()) {
            message.set("No affected URLs to purge: list them for the selection or a folder first.");
            return;
        }
        List<String> urls = List.copyOf(affected);
        purge.accept(urls);
        message.set("Handed " + urls.size() + " URL(s) to the purge panel.");
    }

    // ---- the studio's view of the presets

    @Override
    public PresetLookup lookup() {
        return n -> Optional.ofNullable(snapshot.get(n));
    }

    @Override
    public ObservableList<String> names() {
        return namesView;
    }

    @Override
    public void save(String presetName, String presetDescription, String transformation, Consumer<String> saved,
            Consumer<String> refused) {
        tasks.run(() -> create(presetName, transformation, presetDescription), p -> {
            saved.accept("Saved as preset " + p.name() + " (use it as n-" + p.name() + ").");
            load();
        }, e -> refused.accept(e.getMessage() == null ? String.valueOf(e) : e.getMessage()));
    }

    /**
     * A new preset only: a name already taken (by another window or process since the list was
     * read) is refused with what to do about it; the library refuses it too, in its own words.
     */
    private Preset create(String presetName, String transformation, String presetDescription) {
        Preset.checkName(presetName);
        Optional<Preset> taken = presets.find(presetName);
        if (taken.isPresent()) {
            throw new InvalidValueException("name", "unique", "a preset named \"" + presetName + "\" already exists"
                    + (taken.get().deleted() ? " (in the trash: restore it there)" : "") + "; choose another name");
        }
        return presets.set(presetName, transformation, presetDescription, 0);
    }

    // ---- properties

    public ObservableList<Preset> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showTrashProperty() {
        return showTrash;
    }

    public ReadOnlyObjectProperty<Preset> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyIntegerProperty errorStartProperty() {
        return errorStart;
    }

    public ReadOnlyIntegerProperty errorEndProperty() {
        return errorEnd;
    }

    /** What the text expands to ({@code n-NAME} replaced), canonical; the last valid one while the text has an error. */
    public ReadOnlyStringProperty expandedProperty() {
        return expanded;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<PresetVersion> history() {
        return history;
    }

    public ReadOnlyObjectProperty<PresetDiff> diffProperty() {
        return diff;
    }

    public ObservableList<String> usedBy() {
        return usedBy;
    }

    public ObservableList<String> affected() {
        return affected;
    }

    public PreviewViewModel preview() {
        return preview;
    }
}
