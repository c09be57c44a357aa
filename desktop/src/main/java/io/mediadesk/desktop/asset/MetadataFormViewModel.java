package io.mediadesk.desktop.asset;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.library.LibraryBrowserViewModel;
import io.mediadesk.desktop.library.MetadataEdit;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The custom metadata form: one {@link Entry} per field definition of the library, holding the
 * value as the text the library's {@link CustomField#parse} reads (ISO dates, {@code true}/{@code false},
 * comma-separated options), checked as it is typed with the library's own rules and messages.
 * Apply writes the fields that were changed, and only those, to the selection (or the shown asset)
 * as one undoable {@link MetadataEdit}.
 */
public final class MetadataFormViewModel {
    private final LibraryBrowserViewModel browser;
    private final AssetPanelViewModel panel;
    private final TaskRunner tasks;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private MetadataSchema schema = MetadataSchema.EMPTY;

    public MetadataFormViewModel(LibraryBrowserViewModel browser, AssetPanelViewModel panel, TaskRunner tasks) {
        this.browser = browser;
        this.panel = panel;
        this.tasks = tasks;
        browser.currentProperty().addListener((o, was, now) -> refresh());
    }

    /** Reads the field definitions (they may have grown) and fills the form from the shown asset. */
    public void refresh() {
        tasks.run(() -> browser.repository().schema(), loaded -> {
            if (!loaded.equals(schema)) {
                schema = loaded;
                entries.setAll(loaded.fields().values().stream()
                        .sorted(java.util.Comparator.comparing(CustomField::name)).map(Entry::new).toList());
            }
            Asset shown = browser.currentProperty().get(); // the newest, should answers arrive out of order
            entries.forEach(e -> e.load(shown == null ? Optional.empty() : Optional.ofNullable(shown.customMetadata().get(e.field.name()))));
            message.set("");
        }, e -> message.set(e.getMessage()));
    }

    /** Writes the changed fields to every target; refused with the first field's message while one is invalid. */
    public void apply() {
        List<Entry> changed = entries.stream().filter(e -> e.dirty.get()).toList();
        if (changed.isEmpty()) {
            message.set("Nothing changed.");
            return;
        }
        Optional<Entry> bad = changed.stream().filter(e -> !e.error.get().isEmpty()).findFirst();
        if (bad.isPresent()) {
            message.set(bad.get().error.get());
            return;
        }
        Map<String, Optional<MetaValue>> values = new LinkedHashMap<>();
        changed.forEach(e -> values.put(e.field.name(), e.value()));
        List<AssetId> ids = panel.targets();
        if (ids.isEmpty()) {
            message.set("Select an asset first.");
            return;
        }
        tasks.run(() -> MetadataEdit.apply(browser.repository(), ids, values), edit -> {
            if (!edit.isEmpty()) browser.history().record(edit);
            changed.forEach(e -> e.dirty.set(false));
            int n = edit.after().size();
            message.set(n == 0 ? "Already set." : "Saved on " + n + (n == 1 ? " asset" : " assets") + " (Ctrl+Z undoes)");
        }, e -> message.set(e.getMessage()));
    }

    /** True when a field has been changed and none is invalid. */
    public BooleanBinding applicable() {
        return Bindings.createBooleanBinding(() -> entries.stream().anyMatch(e -> e.dirty.get())
                && entries.stream().allMatch(e -> e.error.get().isEmpty()),
                entries.stream().flatMap(e -> java.util.stream.Stream.of(e.dirty, e.error)).toArray(javafx.beans.Observable[]::new));
    }

    /** "Custom metadata · applied to 3 selected" above the form, so it is clear where values go. */
    public javafx.beans.binding.StringBinding title() {
        return Bindings.createStringBinding(() -> {
            int n = panel.targets().size();
            return n <= 1 ? "Custom metadata" : "Custom metadata · applied to " + n + " selected";
        }, browser.selection().ids(), browser.currentProperty());
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.field.name().equals(name)).findFirst();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** A value as the form shows it and {@link CustomField#parse} reads it back. */
    static String text(MetaValue value) {
        if (value instanceof MetaValue.Text t) return t.value();
        if (value instanceof MetaValue.Num n) {
            double v = n.value();
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (value instanceof MetaValue.Flag f) return Boolean.toString(f.value());
        if (value instanceof MetaValue.Moment m) return date(m.value());
        return ((MetaValue.Many) value).values().stream().map(MetadataFormViewModel::text).collect(Collectors.joining(", "));
    }

    private static String date(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? at.atOffset(ZoneOffset.UTC).toLocalDate().toString() : at.toString();
    }

    /** One field of the form: its definition, the text being edited, the rule it breaks, whether it was changed. */
    public static final class Entry {
        private final CustomField field;
        private final StringProperty text = new SimpleStringProperty("");
        private final StringProperty error = new SimpleStringProperty("");
        private final BooleanProperty dirty = new SimpleBooleanProperty();
        private boolean loading;

        Entry(CustomField field) {
            this.field = field;
            text.addListener((o, was, now) -> {
                error.set(check(now));
                if (!loading) dirty.set(true);
            });
        }

        void load(Optional<MetaValue> value) {
            loading = true;
            text.set(value.map(MetadataFormViewModel::text).orElse(""));
            error.set("");
            dirty.set(false);
            loading = false;
        }

        private String check(String now) {
            if (now == null || now.isBlank()) {
                return field.schema().required() ? field.label() + " is required" : "";
            }
            try {
                field.parse(now.strip());
                return "";
            } catch (InvalidValueException e) {
                return e.getMessage();
            }
        }

        /** The checked value, or empty to clear the field. */
        Optional<MetaValue> value() {
            String now = text.get();
            return now == null || now.isBlank() ? Optional.empty() : Optional.of(field.parse(now.strip()));
        }

        public CustomField field() {
            return field;
        }

        public StringProperty textProperty() {
            return text;
        }

        public StringProperty errorProperty() {
            return error;
        }

        public BooleanProperty dirtyProperty() {
            return dirty;
        }
    }
}
