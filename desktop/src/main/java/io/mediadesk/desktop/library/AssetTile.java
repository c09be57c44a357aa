package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import javafx.beans.value.ChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

/**
 * One tile: a grey placeholder with the name until the asset's page and then its thumbnail have
 * loaded, so the first screen appears at once and fills in. Clicks go to {@link BrowserActions}.
 */
final class AssetTile extends GridCell<Slot> {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final int THUMB = 256;

    private final LibraryBrowserViewModel model;
    private final ThumbnailCache thumbnails;
    private final ImageView image = new ImageView();
    private final Label name = new Label();
    private final ChangeListener<Asset> arrival = (o, was, now) -> show(now);
    private Slot slot;

    private final javafx.scene.control.TextField rename = new javafx.scene.control.TextField();

    AssetTile(LibraryBrowserViewModel model, BrowserActions actions, ThumbnailCache thumbnails, DragOut dragOut) {
        this.model = model;
        this.thumbnails = thumbnails;
        getStyleClass().add("asset-tile");
        image.setPreserveRatio(true);
        image.fitWidthProperty().bind(widthProperty().subtract(12));
        image.fitHeightProperty().bind(heightProperty().subtract(30));
        Region placeholder = new Region();
        placeholder.getStyleClass().add("tile-placeholder");
        placeholder.visibleProperty().bind(image.imageProperty().isNull());
        StackPane picture = new StackPane(placeholder, image);
        VBox.setVgrow(picture, javafx.scene.layout.Priority.ALWAYS);
        name.getStyleClass().add("tile-name");
        name.setMaxWidth(Double.MAX_VALUE);
        rename.getStyleClass().add("tile-rename");
        rename.setId("tile-rename");
        rename.setVisible(false);
        rename.managedProperty().bind(rename.visibleProperty());
        name.visibleProperty().bind(rename.visibleProperty().not());
        name.managedProperty().bind(name.visibleProperty());
        rename.setOnAction(e -> finishRename(true));
        rename.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                finishRename(false);
                e.consume();
            }
        });
        rename.focusedProperty().addListener((o, was, now) -> {
            if (!now && rename.isVisible()) finishRename(false); // clicking elsewhere cancels
        });
        model.renamingProperty().addListener((o, was, now) -> editName());
        VBox box = new VBox(4, picture, name, rename);
        box.setAlignment(Pos.CENTER);
        setGraphic(null);
        setText(null);
        setOnMouseClicked(e -> {
            getGridView().requestFocus(); // the keyboard (arrows, Delete) follows the last click
            if (slot != null) actions.click(slot.index(), e.isShortcutDown(), e.isShiftDown());
        });
        setOnDragDetected(e -> {
            Asset asset = slot == null ? null : slot.asset();
            if (asset == null) return;
            if (!model.selection().contains(asset)) actions.click(slot.index(), false, false);
            javafx.scene.input.ClipboardContent content = dragOut.content(actions.selectedAssets());
            if (content.isEmpty()) return;
            javafx.scene.input.Dragboard board = startDragAndDrop(javafx.scene.input.TransferMode.COPY);
            board.setContent(content);
            if (image.getImage() != null) board.setDragView(image.snapshot(null, null));
            e.consume();
        });
        model.selection().ids().addListener((SetChangeListener<Object>) c -> markSelected());
        graphic = box;
    }

    private final VBox graphic;

    @Override
    protected void updateItem(Slot item, boolean empty) {
        super.updateItem(item, empty);
        if (slot != null) slot.assetProperty().removeListener(arrival);
        slot = empty ? null : item;
        if (slot == null) {
            setGraphic(null);
            return;
        }
        setGraphic(graphic);
        slot.assetProperty().addListener(arrival);
        show(slot.asset());
        editName();
    }

    /** Shows the name field when this tile's index is being renamed (F2). */
    private void editName() {
        boolean mine = slot != null && slot.asset() != null && model.renamingProperty().get() == slot.index();
        if (mine == rename.isVisible()) return;
        rename.setVisible(mine);
        if (!mine) return;
        String current = slot.asset().name();
        rename.setText(current);
        rename.requestFocus();
        int dot = current.lastIndexOf('.');
        rename.selectRange(0, dot > 0 ? dot : current.length()); // the base, as file managers do
    }

    private void finishRename(boolean commit) {
        Asset asset = slot == null ? null : slot.asset();
        rename.setVisible(false);
        if (commit && asset != null) {
            model.rename(asset, rename.getText());
        } else {
            model.renamingProperty().set(-1);
        }
        getGridView().requestFocus();
    }

    private void show(Asset asset) {
        image.setImage(null);
        name.setText(asset == null ? "" : asset.name());
        markSelected();
        if (asset == null) return;
        thumbnails.load(asset, THUMB, img -> {
            if (slot != null && asset.equals(slot.asset())) image.setImage(img);
        });
    }

    /** The thumbnail on show, null while the placeholder is up. */
    javafx.scene.image.Image shownImage() {
        return image.getImage();
    }

    private void markSelected() {
        pseudoClassStateChanged(SELECTED, slot != null && model.selection().contains(slot.asset()));
    }
}
