package io.mediadesk.desktop.presets;

import io.mediadesk.desktop.transform.FxPixels;
import io.mediadesk.desktop.transform.TransformField;
import io.mediadesk.library.preset.Preset;
import io.mediadesk.library.preset.PresetDiff;
import io.mediadesk.library.preset.PresetVersion;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Presets area: the list (filter, trash) on the left; the editor in the middle (name, the
 * studio's {@link TransformField} with its colouring and error underline, description, save,
 * rename, delete, restore, the conflict bar, and the live preview on a sample image); history with
 * the coloured diff and rollback, and used-by with the affected URLs and their purge, on the right.
 * Builds controls and binds them to the {@link PresetsRoomViewModel}; nothing else.
 */
public final class PresetsRoomView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final PresetsRoomViewModel model;

    public PresetsRoomView(PresetsRoomViewModel model) {
        this.model = model;
        setId("presets-room");
        getStyleClass().addAll("panel-area", "presets-room");
        Label title = new Label("Presets");
        title.getStyleClass().add("area-title");
        Label message = new Label();
        message.setId("preset-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox top = new HBox(16, title, message);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);
        SplitPane split = new SplitPane(list(), editor(), sideTabs());
        split.setDividerPositions(0.2, 0.58);
        setCenter(split);
    }

    // ---- the list

    private VBox list() {
        TextField filter = new TextField();
        filter.setId("presets-filter");
        filter.setPromptText("Filter by name or transformation");
        filter.textProperty().bindBidirectional(model.filterProperty());
        ToggleButton trash = new ToggleButton("Trash");
        trash.setId("presets-trash");
        trash.selectedProperty().bindBidirectional(model.showTrashProperty());
        Button create = button("preset-new", "New preset", model::newPreset);
        create.getStyleClass().add("accent");
        HBox bar = new HBox(6, create, trash);
        ListView<Preset> list = new ListView<>(model.shown());
        list.setId("presets-list");
        list.setPlaceholder(new Label("No presets yet.\nNew preset makes one; the studio\ncan save its transformation as one."));
        list.setCellFactory(v -> new PresetCell());
        // Compared by name: a reload brings newer objects of the same preset, and re-highlighting one
        // must not put it in the editor again (that would drop unsaved work).
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && !sameName(now, model.selectedProperty().get())) model.select(now);
        });
        Runnable highlight = () -> {
            Preset current = model.selectedProperty().get();
            if (current == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            if (sameName(current, list.getSelectionModel().getSelectedItem())) return;
            model.shown().stream().filter(p -> sameName(p, current)).findFirst().ifPresentOrElse(
                    p -> list.getSelectionModel().select(p), () -> list.getSelectionModel().clearSelection());
        };
        model.selectedProperty().addListener((obs, was, now) -> highlight.run());
        model.shown().addListener((javafx.collections.ListChangeListener<Preset>) c -> highlight.run());
        highlight.run(); // a preset may have been opened before this view was built
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, filter, bar, list);
        box.setPadding(new Insets(0, 8, 12, 16));
        box.setMinWidth(220);
        return box;
    }

    private static boolean sameName(Preset a, Preset b) {
        return a != null && b != null && a.name().equals(b.name());
    }

    private static final class PresetCell extends ListCell<Preset> {
        @Override
        protected void updateItem(Preset p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(p.name());
            name.getStyleClass().add("preset-name");
            Label text = new Label(p.transformation());
            text.getStyleClass().add("preset-transformation");
            VBox box = new VBox(2, name, text);
            if (!p.description().isEmpty()) {
                Label d = new Label(p.description());
                d.getStyleClass().add("muted");
                box.getChildren().add(d);
            }
            setText(null);
            setGraphic(box);
        }
    }

    // ---- the editor

    private VBox editor() {
        TextField name = new TextField();
        name.setId("preset-name");
        name.setPromptText("name: letters, digits and _ (e.g. thumb_small)");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.disableProperty().bind(model.selectedProperty().isNotNull());
        Label nameError = errorLabel("preset-name-error", model.nameErrorProperty());

        TransformField field = new TransformField();
        field.setId("preset-field");
        field.setPromptText("The transformation, e.g. w-400,h-300,c-at_max (n-OTHER uses another preset)");
        field.textProperty().bindBidirectional(model.textProperty());
        field.errorStartProperty().bind(model.errorStartProperty());
        field.errorEndProperty().bind(model.errorEndProperty());
        field.offerKeyCompletion();
        Label error = errorLabel("preset-error", model.errorProperty());
        error.getStyleClass().setAll("label", "transform-error");
        Label expanded = new Label();
        expanded.setId("preset-expanded");
        expanded.getStyleClass().add("muted");
        expanded.setWrapText(true);
        expanded.textProperty().bind(Bindings.createStringBinding(() -> model.expandedProperty().get().equals(model.textProperty().get().strip())
                || model.expandedProperty().get().isEmpty() ? "" : "expands to " + model.expandedProperty().get(),
                model.expandedProperty(), model.textProperty()));
        TextField description = new TextField();
        description.setId("preset-description");
        description.setPromptText("A note for people (optional)");
        description.textProperty().bindBidirectional(model.descriptionProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, new Label("Name"), name);
        form.add(nameError, 1, 1);
        form.addRow(2, new Label("Transformation"), field);
        form.add(error, 1, 3);
        form.add(expanded, 1, 4);
        form.addRow(5, new Label("Description"), description);
        GridPane.setHgrow(field, Priority.ALWAYS);
        GridPane.setHgrow(name, Priority.ALWAYS);

        Button save = button("preset-save", "Save", model::save);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty().or(model.errorProperty().isNotEmpty())
                .or(deleted()));
        Button rename = button("preset-rename", "Rename…", this::rename);
        Button delete = button("preset-delete", "Delete", this::delete);
        Button restore = button("preset-restore", "Restore", model::restore);
        rename.disableProperty().bind(model.selectedProperty().isNull().or(deleted()));
        delete.disableProperty().bind(model.selectedProperty().isNull().or(deleted()));
        restore.visibleProperty().bind(deleted());
        restore.managedProperty().bind(deleted());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button sample = button("preset-sample", "Sample image…", this::chooseSample);
        Button librarySample = button("preset-sample-library", "Library asset", model::sampleFromLibrary);
        librarySample.setTooltip(new javafx.scene.control.Tooltip("Preview on the asset shown in the library"));
        HBox actions = new HBox(8, save, rename, delete, restore, spacer, librarySample, sample);

        Label conflictText = new Label("Changed by someone else since you opened it.");
        Button reload = button("preset-reload", "Reload their version", model::reload);
        HBox conflict = new HBox(10, conflictText, reload);
        conflict.setId("preset-conflict");
        conflict.getStyleClass().add("notices");
        conflict.setAlignment(Pos.CENTER_LEFT);
        conflict.visibleProperty().bind(model.conflictProperty());
        conflict.managedProperty().bind(model.conflictProperty());

        VBox box = new VBox(10, form, actions, conflict, preview());
        box.setPadding(new Insets(0, 12, 12, 12));
        return box;
    }

    private javafx.beans.binding.BooleanBinding deleted() {
        return Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null && model.selectedProperty().get().deleted(),
                model.selectedProperty());
    }

    private VBox preview() {
        ImageView view = new ImageView();
        view.setId("preset-preview");
        view.setPreserveRatio(true);
        view.setFitWidth(460);
        view.setFitHeight(320);
        view.imageProperty().bind(Bindings.createObjectBinding(() -> FxPixels.image(model.preview().outputProperty().get()),
                model.preview().outputProperty()));
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("checkerboard");
        frame.setMinHeight(200);
        VBox.setVgrow(frame, Priority.ALWAYS);
        Label empty = new Label("Choose a sample image to preview the preset on.");
        empty.getStyleClass().add("empty-hint");
        empty.visibleProperty().bind(model.preview().sourceProperty().isNull());
        frame.getChildren().add(empty);
        Label size = new Label();
        size.setId("preset-output-size");
        size.getStyleClass().add("output-size");
        size.textProperty().bind(model.preview().summaryProperty());
        size.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label();
        source.getStyleClass().add("muted");
        source.textProperty().bind(Bindings.concat("on ", model.preview().sourceSummaryProperty()));
        source.visibleProperty().bind(model.preview().sourceProperty().isNotNull());
        Label refusal = errorLabel("preset-refusal", model.preview().refusalProperty());
        refusal.getStyleClass().setAll("label", "refusal");
        VBox box = new VBox(6, frame, new HBox(10, size, source), refusal);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private void chooseSample() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A sample image for the preview");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images",
                "*.jpg", "*.jpeg", "*.png", "*.webp", "*.gif", "*.bmp", "*.tif", "*.tiff"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) model.preview().open(file.toPath());
    }

    private void rename() {
        Preset p = model.selectedProperty().get();
        if (p == null) return;
        TextInputDialog dialog = new TextInputDialog(p.name());
        dialog.setTitle("Rename preset");
        dialog.setHeaderText("Rename " + p.name() + " (URLs using n-" + p.name() + " will no longer find it)");
        dialog.setContentText("New name:");
        dialog.showAndWait().ifPresent(model::rename);
    }

    private void delete() {
        Preset p = model.selectedProperty().get();
        if (p == null) return;
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Move " + p.name() + " to the trash? Its history is kept and "
                + "Restore brings it back; URLs using n-" + p.name() + " stop working on this library's side.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Delete preset");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.delete());
    }

    // ---- history, used by

    private TabPane sideTabs() {
        Tab history = new Tab("History", history());
        Tab usedBy = new Tab("Used by", usedBy());
        TabPane tabs = new TabPane(history, usedBy);
        tabs.setId("preset-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(300);
        return tabs;
    }

    private VBox history() {
        TableView<PresetVersion> table = new TableView<>(model.history());
        table.setId("preset-history");
        table.setPlaceholder(new Label("Choose a preset"));
        table.getColumns().add(column("v", v -> String.valueOf(v.number()), 40));
        table.getColumns().add(column("When", v -> TIME.format(v.at()), 125));
        table.getColumns().add(column("Who", v -> v.actor().name(), 120));
        table.getColumns().add(column("Change", PresetVersion::change, 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        ComboBox<Integer> from = versions("diff-from");
        ComboBox<Integer> to = versions("diff-to");
        Runnable compare = () -> {
            if (from.getValue() != null && to.getValue() != null) model.diff(from.getValue(), to.getValue());
        };
        from.setOnAction(e -> compare.run());
        to.setOnAction(e -> compare.run());
        model.diffProperty().addListener((obs, was, d) -> {
            if (d != null) {
                from.setValue(d.from().number());
                to.setValue(d.to().number());
            }
        });
        HBox pick = new HBox(6, new Label("Compare v"), from, new Label("with v"), to);
        pick.setAlignment(Pos.CENTER_LEFT);
        VBox diff = new VBox(2);
        diff.setId("preset-diff");
        diff.getStyleClass().add("preset-diff");
        model.diffProperty().addListener((obs, was, d) -> showDiff(diff, d));
        showDiff(diff, model.diffProperty().get());
        Button rollback = button("preset-rollback", "Roll back to selected version", () -> {
            PresetVersion v = table.getSelectionModel().getSelectedItem();
            if (v != null) model.rollback(v.number());
        });
        rollback.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()).or(deleted()));
        VBox box = new VBox(8, table, rollback, pick, diff);
        box.setPadding(new Insets(8));
        return box;
    }

    private ComboBox<Integer> versions(String id) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        model.history().addListener((javafx.collections.ListChangeListener<PresetVersion>) c ->
                box.getItems().setAll(model.history().stream().map(PresetVersion::number).toList()));
        box.getItems().setAll(model.history().stream().map(PresetVersion::number).toList());
        return box;
    }

    private static void showDiff(VBox box, PresetDiff d) {
        box.getChildren().clear();
        if (d == null) return;
        Label before = new Label("− v" + d.from().number() + "  " + d.from().transformation());
        before.getStyleClass().addAll("diff-line", "diff-removed");
        Label after = new Label("+ v" + d.to().number() + "  " + d.to().transformation());
        after.getStyleClass().addAll("diff-line", "diff-added");
        box.getChildren().addAll(before, after);
        if (d.isEmpty()) {
            Label none = new Label("no changes");
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        for (PresetDiff.Change c : d.changes()) {
            String where = c.step() == 0 ? "" : "step " + c.step() + "  ";
            String what = switch (c.kind()) {
                case ADDED -> "+ " + c.after();
                case REMOVED -> "− " + c.before();
                case CHANGED -> (c.before().isEmpty() ? "(none)" : c.before()) + "  →  " + (c.after().isEmpty() ? "(none)" : c.after());
            };
            Label line = new Label(where + c.key() + "  " + what);
            line.setWrapText(true);
            line.getStyleClass().addAll("diff-line", "diff-" + c.kind().name().toLowerCase(Locale.ROOT));
            box.getChildren().add(line);
        }
    }

    private VBox usedBy() {
        ListView<String> users = new ListView<>(model.usedBy());
        users.setId("preset-used-by");
        users.setPlaceholder(new Label("No other preset uses this one."));
        users.setPrefHeight(120);
        Button selection = button("preset-urls-selection", "URLs for library selection", model::affectedForSelection);
        Button folder = button("preset-urls-folder", "URLs for library folder", model::affectedForFolder);
        for (Button b : List.of(selection, folder)) b.disableProperty().bind(model.selectedProperty().isNull());
        ListView<String> urls = new ListView<>(model.affected());
        urls.setId("preset-affected");
        urls.setPlaceholder(new Label("The delivery URLs a change to this preset affects:\nchoose assets in the library, then list them here."));
        VBox.setVgrow(urls, Priority.ALWAYS);
        Button purge = button("preset-purge", "Purge affected URLs…", this::purge);
        purge.getStyleClass().add("danger");
        purge.disableProperty().bind(Bindings.isEmpty(model.affected()));
        Label usersTitle = new Label("Presets that use it (n-NAME), directly or not");
        usersTitle.getStyleClass().add("panel-title");
        Label urlsTitle = new Label("Affected delivery URLs");
        urlsTitle.getStyleClass().add("panel-title");
        VBox box = new VBox(8, usersTitle, users, urlsTitle, new HBox(6, selection, folder), urls, purge);
        box.setPadding(new Insets(8));
        return box;
    }

    private void purge() {
        int n = model.affected().size();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Send " + n + " purge request(s) for the URLs listed? Each counts "
                + "against the account's monthly purge quota; the Purge area shows their progress.", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Purge affected URLs");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.purgeAffected());
    }

    // ---- helpers

    private static Label errorLabel(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("error-text");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<PresetVersion, String> column(String title, Function<PresetVersion, String> value, double width) {
        TableColumn<PresetVersion, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
