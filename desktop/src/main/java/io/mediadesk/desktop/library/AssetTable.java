package io.mediadesk.desktop.library;

import io.mediadesk.desktop.asset.AssetFacts;
import io.mediadesk.library.asset.Asset;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.SelectionMode;

/**
 * The list view: the same lazily paged results as the grid, one row per asset, for people who sort
 * and scan by name, size or dimensions. Clicks go through the same {@link BrowserActions}; Space
 * previews and Delete trashes as in the grid (renaming in place is the grid's, F2 there).
 */
final class AssetTable extends TableView<Slot> {

    AssetTable(LibraryBrowserViewModel model, BrowserActions actions) {
        setId("asset-table");
        itemsProperty().bind(model.resultsProperty());
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getColumns().add(column("Name", 260, Asset::name));
        getColumns().add(column("Folder", 160, a -> a.folder().value()));
        getColumns().add(column("Format", 70, Asset::format));
        getColumns().add(column("Dimensions", 110, a -> a.width() + " × " + a.height()));
        getColumns().add(column("Size", 80, a -> AssetFacts.size(a.size())));
        getColumns().add(column("Tags", 240, a -> String.join(", ", a.tags().stream().map(t -> t.value()).toList())));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setOnMouseClicked(e -> {
            Slot slot = getSelectionModel().getSelectedItem();
            if (slot != null) actions.click(slot.index(), e.isShortcutDown(), e.isShiftDown());
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (key(e, model, actions)) e.consume();
        });
    }

    /** Space previews, Delete trashes; while the preview is open, Up/Down move it and Escape closes it. */
    private static boolean key(javafx.scene.input.KeyEvent e, LibraryBrowserViewModel model, BrowserActions actions) {
        boolean previewing = model.previewingProperty().get();
        switch (e.getCode()) {
            case SPACE -> actions.togglePreview();
            case DELETE, BACK_SPACE -> actions.trashSelected();
            case ESCAPE -> {
                if (!previewing) return false;
                model.previewingProperty().set(false);
            }
            case UP, DOWN -> {
                if (!previewing) return false;
                actions.move(e.getCode() == javafx.scene.input.KeyCode.UP ? -1 : 1, false);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static TableColumn<Slot, String> column(String title, double width, Function<Asset, String> text) {
        TableColumn<Slot, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false); // the store sorts, through the sort box: a table sort would only sort the loaded page
        c.setCellValueFactory(cell -> Bindings.createStringBinding(() -> {
            Asset a = cell.getValue().asset();
            return a == null ? "…" : text.apply(a);
        }, cell.getValue().assetProperty()));
        return c;
    }
}
