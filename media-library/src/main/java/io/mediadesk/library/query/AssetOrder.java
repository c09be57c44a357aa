package io.mediadesk.library.query;

import io.mediadesk.library.asset.Asset;
import java.util.Comparator;

/** The reference order for each {@link SortKey}: the column, then the id, both in the key's direction. */
public final class AssetOrder {
    private AssetOrder() {
    }

    public static Comparator<Asset> of(SortKey key) {
        Comparator<Asset> column = switch (key.column()) {
            case CREATED -> Comparator.comparing(Asset::createdAt);
            case UPDATED -> Comparator.comparing(Asset::updatedAt);
            case NAME -> (a, b) -> CodePoints.compare(a.name(), b.name());
            case SIZE -> Comparator.comparingLong(Asset::size);
            case WIDTH -> Comparator.comparingInt(Asset::width);
            case HEIGHT -> Comparator.comparingInt(Asset::height);
        };
        Comparator<Asset> total = column.thenComparing(Asset::id);
        return key.descending() ? total.reversed() : total;
    }
}
