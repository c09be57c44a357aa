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
 * previews, Delete trashes and F2 renames in place (the Name cell becomes a text field: Enter
 * renames through {@link LibraryBrowserViewModel#rename}, Escape cancels) as in the grid. The Name
 * column is editable only during an F2, so a click on a selected row never starts an edit.
 */
final class AssetTable extends TableView<Slot> {
    private final TableColumn<Slot, String> name;

    AssetTable(LibraryBrowserViewModel model, BrowserActions actions) {
        setId("asset-table");
        itemsProperty().bind(model.resultsProperty());
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        name = column("Name", 260, Asset::name);
        name.setCellFactory(c -> new NameCell(model));
        name.setOnEditCancel(e -> {
            if (getEditingCell() != null) return; // a recycled cell letting go of an edit that goes on elsewhere
            name.setEditable(false);
            requestFocus();
        });
        setEditable(true);
        getColumns().add(name);
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
            if (getEditingCell() != null) return; // the name field has the keys
            if (e.getCode() == javafx.scene.input.KeyCode.F2) {
                startRename(model);
                e.consume();
            } else if (key(e, model, actions)) {
                e.consume();
            }
        });
    }

    /** F2: the focused row's name becomes editable, with its base (before the extension) selected. */
    private void startRename(LibraryBrowserViewModel model) {
        int row = getFocusModel().getFocusedIndex();
        if (row < 0 || row >= getItems().size() || getItems().get(row).asset() == null) return;
        name.setEditable(true);
        edit(row, name);
        javafx.application.Platform.runLater(this::selectBase);
    }

    /** Selects the name's base in the edit field, as file managers do (and the grid's F2). */
    private void selectBase() {
        lookupAll(".text-field").stream().filter(n -> n instanceof javafx.scene.control.TextField)
                .map(n -> (javafx.scene.control.TextField) n).filter(f -> f.getParent() instanceof javafx.scene.control.TableCell)
                .findFirst().ifPresent(f -> {
                    String text = f.getText();
                    int dot = text.lastIndexOf('.');
                    f.requestFocus();
                    f.selectRange(0, dot > 0 ? dot : text.length());
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

    /**
     * The Name cell, a text field during an F2. Enter hands the typed name to the library's rename
     * and puts the cell back to the name the library holds: the reload after a rename shows the new
     * one, and a refused name (the status line says why) never stays on screen.
     */
    private static final class NameCell extends javafx.scene.control.cell.TextFieldTableCell<Slot, String> {
        private final LibraryBrowserViewModel model;

        NameCell(LibraryBrowserViewModel model) {
            super(new javafx.util.converter.DefaultStringConverter());
            this.model = model;
        }

        @Override
        public void commitEdit(String typed) {
            if (!isEditing()) return;
            Slot slot = getTableRow() == null ? null : getTableRow().getItem();
            cancelEdit();
            if (slot != null && slot.asset() != null) model.rename(slot.asset(), typed);
        }
    }

    private static TableColumn<Slot, String> column(String title, double width, Function<Asset, String> text) {
        TableColumn<Slot, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false); // the store sorts, through the sort box: a table sort would only sort the loaded page
        c.setEditable(false); // a click on a selected row edits nothing: only F2 makes the Name editable, for one edit
        c.setCellValueFactory(cell -> Bindings.createStringBinding(() -> {
            Asset a = cell.getValue().asset();
            return a == null ? "…" : text.apply(a);
        }, cell.getValue().assetProperty()));
        return c;
    }
}
