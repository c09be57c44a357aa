package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import java.util.List;

/**
 * What the user does to the grid: click with modifiers, select all, move with the arrows, send
 * to the trash and bring back. Store writes run through the TaskRunner; the grid refreshes from
 * the library's change event, not from here, so an import or the CLI refreshes it the same way.
 */
public final class BrowserActions {
    private final LibraryBrowserViewModel model;

    public BrowserActions(LibraryBrowserViewModel model) {
        this.model = model;
    }

    /** A click on the tile at {@code index}: {@code toggle} is Ctrl/Cmd, {@code extend} is Shift. */
    public void click(int index, boolean toggle, boolean extend) {
        Asset asset = model.resultsProperty().get().get(index).asset();
        if (asset == null) return; // still a placeholder: nothing to select yet
        Selection selection = model.selection();
        if (extend) {
            selection.extend(index, model::idsBetween);
        } else if (toggle) {
            selection.toggle(index, asset.id());
        } else {
            selection.only(index, asset.id());
        }
        model.currentProperty().set(asset);
    }

    /** Moves the focus by {@code delta} tiles (an arrow key), selecting as a click would. */
    public void move(int delta, boolean extend) {
        int size = model.resultsProperty().get().size();
        if (size == 0) return;
        int from = model.selection().focusProperty().get();
        int to = Math.max(0, Math.min(size - 1, from < 0 ? 0 : from + delta));
        click(to, false, extend);
    }

    /** A rubber band over the tiles at {@code indexes}; Ctrl/Cmd ({@code add}) keeps the selection. */
    public void band(java.util.Collection<Integer> indexes, boolean add) {
        java.util.SortedMap<Integer, AssetId> caught = new java.util.TreeMap<>();
        AssetSlots slots = model.resultsProperty().get();
        for (int i : indexes) {
            if (i < 0 || i >= slots.size()) continue;
            Asset a = slots.get(i).asset();
            if (a != null) caught.put(i, a.id());
        }
        model.selection().band(caught, add);
        if (!caught.isEmpty()) model.currentProperty().set(slots.get(caught.lastKey()).asset());
        model.statusProperty().set(model.selection().ids().size() + " selected");
    }

    /** Space: opens the large preview of the focused asset, or closes it. */
    public void togglePreview() {
        if (model.previewingProperty().get()) {
            model.previewingProperty().set(false);
        } else if (model.currentProperty().get() != null) {
            model.previewingProperty().set(true);
        }
    }

    /** F2: edits the focused asset's name in place. */
    public void startRename() {
        int focus = model.selection().focusProperty().get();
        if (focus >= 0 && model.currentProperty().get() != null) model.renamingProperty().set(focus);
    }

    /** The selected assets whose pages are loaded (all those on screen), for dragging out. */
    public List<Asset> selectedAssets() {
        return model.resultsProperty().get().loaded(model.selection().ids());
    }

    public void selectAll() {
        AssetSlotsQuery q = new AssetSlotsQuery(model.resultsProperty().get());
        model.tasks().run(() -> model.repository().ids(q.filter(), q.scope()), ids -> {
            model.selection().all(ids);
            model.statusProperty().set(ids.size() + " selected");
        }, model::failed);
    }

    public void clearSelection() {
        model.selection().clear();
    }

    public void trashSelected() {
        List<AssetId> ids = model.selection().snapshot();
        if (ids.isEmpty()) return;
        model.selection().clear();
        model.currentProperty().set(null);
        model.tasks().run(() -> model.repository().trash(ids),
                n -> model.statusProperty().set("Moved " + n + (n == 1 ? " asset" : " assets") + " to the trash"), model::failed);
    }

    public void restoreSelected() {
        List<AssetId> ids = model.selection().snapshot();
        if (ids.isEmpty()) return;
        model.selection().clear();
        model.currentProperty().set(null);
        model.tasks().run(() -> model.repository().restore(ids),
                n -> model.statusProperty().set("Restored " + n + (n == 1 ? " asset" : " assets")), model::failed);
    }

    /** The filter and scope of the results on screen, for select-all. */
    private record AssetSlotsQuery(io.mediadesk.library.query.Query filter, io.mediadesk.library.query.AssetQuery.Scope scope) {
        AssetSlotsQuery(AssetSlots slots) {
            this(slots.query().filter(), slots.query().scope());
        }
    }
}
