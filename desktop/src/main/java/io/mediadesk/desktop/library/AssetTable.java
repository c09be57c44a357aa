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
 * and scan by name, size or dimensions. Clicks go through the same {@link BrowserActions}.
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
