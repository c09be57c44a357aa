package io.mediadesk.desktop.syncpanel;

import io.mediadesk.desktop.transform.FxPixels;
import io.mediadesk.engine.render.RenderedPixels;
import io.mediadesk.sync.plan.Resolution;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The conflicts of the plan: the list, and for the selected one the library's and the service's
 * side next to each other (picture and facts), every field on both sides with what changed since
 * the last sync marked (both sides changing one field differently is a collision), and the
 * choices. Choosing one plans again; the list then says what the plan does. Binds and forwards only.
 */
final class ConflictsPane extends SplitPane {
    /** Pictures are shown at most this big, so the field table fits below them in a laptop-sized window. */
    private static final double SHOWN = 180;
    private final ConflictsViewModel model;
    private final GridPane diff = new GridPane();
    private final Label title = new Label();
    private final Label what = new Label();
    private final Label effect = new Label();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Resolution, RadioButton> buttons = new EnumMap<>(Resolution.class);
    private boolean updating;

    /** {@code busy}: true while a plan or run is in flight; a choice waits for it (it would be planned with the old one). */
    ConflictsPane(ConflictsViewModel model, javafx.beans.value.ObservableBooleanValue busy) {
        this.model = model;
        setId("sync-conflicts");
        ListView<ConflictRow> list = new ListView<>(model.rows());
        list.setId("sync-conflict-list");
        list.setPlaceholder(new Label("No conflicts in this plan"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.line());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !updating) model.selectedProperty().set(now);
        });
        model.selectedProperty().addListener((o, was, now) -> {
            updating = true;
            try {
                if (now == null) list.getSelectionModel().clearSelection();
                else list.getSelectionModel().select(model.rows().indexOf(now));
            } finally {
                updating = false;
            }
            show(now);
        });
        list.setPrefHeight(110);

        title.getStyleClass().add("panel-title");
        title.setId("conflict-title");
        what.setWrapText(true);
        what.setId("conflict-what");
        HBox sides = new HBox(12, side("Library", "conflict-library", model.libraryPictureProperty(), model.libraryNoteProperty()),
                side("Service", "conflict-service", model.servicePictureProperty(), model.serviceNoteProperty()));
        diff.setId("conflict-diff");
        diff.getStyleClass().add("conflict-diff");
        diff.setHgap(4);
        diff.setVgap(2);
        HBox choices = new HBox(14);
        choices.setId("conflict-choices");
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.disableProperty().bind(busy);
        for (Resolution r : Resolution.values()) {
            RadioButton b = new RadioButton(ConflictRow.label(r));
            b.setId("conflict-choice-" + r.word());
            b.setToggleGroup(group);
            b.managedProperty().bind(b.visibleProperty());
            b.setOnAction(e -> {
                if (!updating) model.choose(r);
            });
            buttons.put(r, b);
            choices.getChildren().add(b);
        }
        effect.setId("conflict-effect");
        effect.getStyleClass().add("conflict-effect");
        effect.setWrapText(true);
        VBox detail = new VBox(8, title, what, choices, effect, sides, diff);
        detail.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        getItems().addAll(list, scroll);
        setDividerPositions(0.21);
        show(model.selectedProperty().get());
    }

    private static VBox side(String name, String id, ObjectProperty<RenderedPixels> pixels, StringProperty note) {
        Label heading = new Label(name);
        heading.getStyleClass().add("panel-title");
        ImageView picture = new ImageView();
        picture.setId(id + "-picture");
        picture.setPreserveRatio(true);
        picture.setFitWidth(SHOWN);
        picture.setFitHeight(SHOWN);
        picture.imageProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> FxPixels.image(pixels.get()), pixels));
        Label words = new Label();
        words.setId(id + "-note");
        words.setWrapText(true);
        words.getStyleClass().add("muted");
        words.textProperty().bind(note);
        StackPane box = new StackPane(picture, words);
        box.getStyleClass().add("conflict-picture-box");
        VBox side = new VBox(heading, box);
        side.getStyleClass().add("conflict-side");
        HBox.setHgrow(side, Priority.ALWAYS);
        return side;
    }

    private void show(ConflictRow row) {
        updating = true;
        try {
            diff.getChildren().clear();
            buttons.values().forEach(b -> b.setVisible(false));
            group.selectToggle(null);
            if (row == null) {
                title.setText("");
                what.setText("");
                effect.setText("");
                return;
            }
            title.setText(row.title());
            what.setText(row.what());
            diff.addRow(0, head("Field"), head("Library"), head("Service"));
            int line = 1;
            for (ConflictRow.Diff d : row.diff()) {
                diff.addRow(line++, cell(d.field(), false, false), cell(d.library(), d.libraryChanged(), d.collides()),
                        cell(d.service(), d.serviceChanged(), d.collides()));
            }
            for (Resolution r : row.choices()) {
                RadioButton b = buttons.get(r);
                b.setVisible(true);
                b.setText(ConflictRow.label(r) + (r == row.byDefault() ? " (default)" : ""));
            }
            if (row.choices().contains(row.chosen())) group.selectToggle(buttons.get(row.chosen()));
            effect.setText(row.note());
        } finally {
            updating = false;
        }
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("diff-head");
        return l;
    }

    private static Label cell(String text, boolean changed, boolean collision) {
        Label l = new Label(text);
        l.getStyleClass().add("diff-cell");
        if (collision) l.getStyleClass().add("diff-collision");
        else if (changed) l.getStyleClass().add("diff-changed");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
