package io.mediadesk.desktop.library;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * Drag selection in the grid: a press on the grid's empty space (not on a tile, which starts a
 * drag out, nor on the scroll bar) draws a band on a layer above the grid, and the release selects
 * the tiles it touches; Ctrl/Cmd adds them to the selection. The band covers the tiles on screen.
 */
final class RubberBand {
    private final AssetGrid grid;
    private final Pane layer;
    private final BrowserActions actions;
    private final Rectangle band = new Rectangle();
    private Point2D start;

    RubberBand(AssetGrid grid, Pane layer, BrowserActions actions) {
        this.grid = grid;
        this.layer = layer;
        this.actions = actions;
        layer.setMouseTransparent(true);
        layer.setManaged(true);
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        band.setManaged(false);
        layer.getChildren().add(band);
        grid.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        grid.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        grid.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        start = null;
        if (!e.isPrimaryButtonDown() || onTileOrScrollBar(e.getPickResult().getIntersectedNode())) return;
        start = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private void dragged(MouseEvent e) {
        if (start == null) return;
        Point2D now = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        band.setX(Math.min(start.getX(), now.getX()));
        band.setY(Math.min(start.getY(), now.getY()));
        band.setWidth(Math.abs(now.getX() - start.getX()));
        band.setHeight(Math.abs(now.getY() - start.getY()));
        band.setVisible(true);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (start == null) return;
        start = null;
        if (!band.isVisible()) return; // a plain click on empty space
        band.setVisible(false);
        Bounds area = layer.localToScene(new BoundingBox(band.getX(), band.getY(), band.getWidth(), band.getHeight()));
        List<Integer> caught = new ArrayList<>();
        for (Node n : grid.lookupAll(".asset-tile")) {
            if (n instanceof AssetTile tile && tile.isVisible() && tile.getItem() != null
                    && tile.localToScene(tile.getLayoutBounds()).intersects(area)) {
                caught.add(tile.getItem().index());
            }
        }
        actions.band(caught, e.isShortcutDown());
        e.consume();
    }

    private static boolean onTileOrScrollBar(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollBar) return true;
            if (n instanceof AssetTile tile) return tile.getItem() != null;
        }
        return false;
    }
}
