package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Which assets are selected, by id so a selection survives paging and re-sorting, with the
 * desktop's click rules: a click selects one, Ctrl/Cmd toggles one, Shift extends from the anchor.
 * The focus is the index the keyboard moves; the anchor is where a Shift range starts.
 */
public final class Selection {
    private final ObservableSet<AssetId> ids = FXCollections.observableSet();
    private final IntegerProperty focus = new SimpleIntegerProperty(-1);
    private int anchor = -1;

    public ObservableSet<AssetId> ids() {
        return ids;
    }

    public ReadOnlyIntegerProperty focusProperty() {
        return focus;
    }

    public boolean contains(Asset asset) {
        return asset != null && ids.contains(asset.id());
    }

    /** A plain click (or an arrow key): this one only. */
    void only(int index, AssetId id) {
        ids.clear();
        ids.add(id);
        anchor = index;
        focus.set(index);
    }

    /** Ctrl/Cmd+click: in or out, the rest untouched. */
    void toggle(int index, AssetId id) {
        if (!ids.remove(id)) ids.add(id);
        anchor = index;
        focus.set(index);
    }

    /** Shift+click: from the anchor to here; {@code range} gives the ids between two indexes. */
    void extend(int index, RangeIds range) {
        int from = anchor < 0 ? index : anchor;
        ids.clear();
        ids.addAll(range.between(Math.min(from, index), Math.max(from, index)));
        focus.set(index);
    }

    /** A rubber band: these (index, id) pairs, added to the selection when {@code add} (Ctrl/Cmd held). */
    void band(java.util.SortedMap<Integer, AssetId> caught, boolean add) {
        if (!add) ids.clear();
        ids.addAll(caught.values());
        if (caught.isEmpty()) return;
        anchor = caught.firstKey();
        focus.set(caught.lastKey());
    }

    void all(Collection<AssetId> every) {
        ids.clear();
        ids.addAll(every);
    }

    void clear() {
        ids.clear();
        anchor = -1;
        focus.set(-1);
    }

    List<AssetId> snapshot() {
        return List.copyOf(ids);
    }

    /** The ids at indexes {@code from..to}, both included. */
    @FunctionalInterface
    interface RangeIds {
        List<AssetId> between(int from, int to);
    }
}
