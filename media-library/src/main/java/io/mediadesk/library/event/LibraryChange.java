package io.mediadesk.library.event;

import io.mediadesk.library.asset.AssetId;
import java.util.List;

/** Assets that changed in one committed transaction, and how. Sent after the commit, never before. */
public record LibraryChange(Kind kind, List<AssetId> ids) {

    public enum Kind { ADDED, UPDATED, TRASHED, RESTORED, FIELDS_CHANGED }

    public LibraryChange {
        ids = List.copyOf(ids);
    }
}
