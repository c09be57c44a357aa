package io.mediadesk.desktop.library;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.GridView;

/**
 * The virtualised thumbnail grid (ControlsFX {@link GridView}: only the visible rows have cells)
 * over the lazily paged results, with the keyboard: arrows move, Shift extends, Ctrl/Cmd+A selects
 * all, Delete trashes, Space opens or closes the large preview, F2 renames in place, Escape closes
 * the preview or clears the selection.
 */
final class AssetGrid extends GridView<Slot> {
    private static final double GAP = 8;

    private final LibraryBrowserViewModel model;

    AssetGrid(LibraryBrowserViewModel model, BrowserActions actions, ThumbnailCache thumbnails, DragOut dragOut) {
        this.model = model;
        setId("asset-grid");
        itemsProperty().bind(model.resultsProperty());
        cellWidthProperty().bind(model.tileSizeProperty());
        cellHeightProperty().bind(model.tileSizeProperty().add(24));
        setHorizontalCellSpacing(GAP);
        setVerticalCellSpacing(GAP);
        setCellFactory(g -> new AssetTile(model, actions, thumbnails, dragOut));
        setFocusTraversable(true);
        setOnMousePressed(e -> requestFocus());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (key(e, actions)) e.consume();
        });
    }

    private boolean key(KeyEvent e, BrowserActions actions) {
        if (model.renamingProperty().get() >= 0) return false; // the name field has the keys
        int columns = Math.max(1, (int) ((getWidth() - 20) / (getCellWidth() + 2 * GAP)));
        KeyCode code = e.getCode();
        switch (code) {
            case LEFT -> actions.move(-1, e.isShiftDown());
            case RIGHT -> actions.move(1, e.isShiftDown());
            case UP -> actions.move(-columns, e.isShiftDown());
            case DOWN -> actions.move(columns, e.isShiftDown());
            case DELETE, BACK_SPACE -> actions.trashSelected();
            case SPACE -> actions.togglePreview();
            case F2 -> actions.startRename();
            case ESCAPE -> {
                if (model.previewingProperty().get()) {
                    model.previewingProperty().set(false);
                } else {
                    actions.clearSelection();
                }
            }
            case A -> {
                if (!e.isShortcutDown()) return false;
                actions.selectAll();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
