package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Asset;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One position of the result list. The asset arrives when its page does, so a tile or a table row
 * binds to {@link #assetProperty()} and shows a placeholder until then: the list itself never
 * changes while pages load, which keeps the grid from re-laying out on every page.
 */
public final class Slot {
    private final int index;
    private final ObjectProperty<Asset> asset = new SimpleObjectProperty<>();

    Slot(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }

    /** The asset, or null while its page is loading. */
    public Asset asset() {
        return asset.get();
    }

    public ReadOnlyObjectProperty<Asset> assetProperty() {
        return asset;
    }

    void fill(Asset value) {
        asset.set(value);
    }
}
