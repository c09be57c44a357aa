package io.mediadesk.desktop.asset;

import io.mediadesk.desktop.library.ThumbnailCache;
import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The asset panel's Versions: one row per content version (thumbnail when its original is kept,
 * number, date, format, pixel size, bytes, author), Restore (asked first) and Replace (a file
 * chooser). Binds to a {@link VersionsViewModel}; nothing here touches a file.
 */
final class VersionsPane extends VBox {
    static final int THUMB = 256;
    private static final double SHOWN = 48;

    private Function<Window, File> chooser = VersionsPane::choose;

    VersionsPane(VersionsViewModel model, ThumbnailCache thumbnails) {
        super(6);
        setId("versions-pane");
        Label title = new Label("Versions");
        title.getStyleClass().add("panel-title");
        ListView<VersionsViewModel.Row> list = new ListView<>(model.rows());
        list.setId("asset-versions");
        list.setPrefHeight(170);
        list.setPlaceholder(new Label("No versions"));
        list.setCellFactory(l -> new VersionCell(thumbnails));
        Button restore = new Button("Restore…");
        restore.setId("version-restore");
        restore.setTooltip(new javafx.scene.control.Tooltip("Make the selected version current again (as a new version; undoable)"));
        restore.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            VersionsViewModel.Row row = list.getSelectionModel().getSelectedItem();
            return row == null || row.current() || model.busyProperty().get();
        }, list.getSelectionModel().selectedItemProperty(), model.busyProperty()));
        restore.setOnAction(e -> confirmRestore(model, list.getSelectionModel().getSelectedItem()));
        Button replace = new Button("Replace…");
        replace.setId("version-replace");
        replace.setTooltip(new javafx.scene.control.Tooltip("Give the asset new content from a file (or drop one on the preview); "
                + "the old content is kept as a version"));
        replace.disableProperty().bind(model.busyProperty());
        replace.setOnAction(e -> Optional.ofNullable(chooser.apply(getScene().getWindow())).map(File::toPath).ifPresent(model::replace));
        HBox buttons = new HBox(6, restore, replace);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("versions-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(title, list, buttons, message);
    }

    /** The file dialog Replace opens; tests hand in their own file, as a native dialog cannot be driven headless. */
    void chooseWith(Function<Window, File> chooser) {
        this.chooser = chooser;
    }

    private static File choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Replace the content with");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images",
                List.of("*.jpg", "*.jpeg", "*.png", "*.webp", "*.gif", "*.avif", "*.tif", "*.tiff", "*.bmp")));
        return chooser.showOpenDialog(owner);
    }

    private static void confirmRestore(VersionsViewModel model, VersionsViewModel.Row row) {
        if (row == null) return;
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Make version " + row.version().number() + " ("
                + row.version().width() + " × " + row.version().height() + ", " + AssetFacts.size(row.version().size())
                + ") the current content again? It is added as a new version: nothing is lost, and Undo brings back the current one.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Restore version " + row.version().number());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.restore(row));
    }

    /** A version: its thumbnail (or a grey box when its original is not kept), title and facts. */
    private static final class VersionCell extends ListCell<VersionsViewModel.Row> {
        private final ThumbnailCache thumbnails;
        private final ImageView image = new ImageView();
        private final Label title = new Label();
        private final Label facts = new Label();
        private final Label made = new Label();
        private final HBox box;

        VersionCell(ThumbnailCache thumbnails) {
            this.thumbnails = thumbnails;
            getStyleClass().add("version-cell");
            image.setFitWidth(SHOWN);
            image.setFitHeight(SHOWN);
            image.setPreserveRatio(true);
            javafx.scene.layout.Region placeholder = new javafx.scene.layout.Region();
            placeholder.getStyleClass().add("tile-placeholder");
            placeholder.visibleProperty().bind(image.imageProperty().isNull());
            StackPane picture = new StackPane(placeholder, image);
            picture.setMinSize(SHOWN, SHOWN);
            picture.setPrefSize(SHOWN, SHOWN);
            picture.setMaxSize(SHOWN, SHOWN);
            title.getStyleClass().add("version-title");
            facts.getStyleClass().add("version-detail");
            made.getStyleClass().addAll("version-detail", "text-muted");
            VBox text = new VBox(1, title, facts, made);
            box = new HBox(8, picture, text);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0); // within the list's width instead of widening it
        }

        @Override
        protected void updateItem(VersionsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            image.setImage(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            facts.setText(row.facts());
            made.setText(row.made());
            setGraphic(box);
            if (row.originalKept()) {
                thumbnails.load(row.content(), THUMB, img -> {
                    if (row.equals(getItem())) image.setImage(img); // the cell may show another version by now
                });
            }
        }
    }
}
