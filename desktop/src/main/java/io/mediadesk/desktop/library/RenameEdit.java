package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.store.AssetRepository;

/**
 * An asset renamed in its folder: undo gives it its old name back, redo the new one, each through
 * the store's {@code move}, which refuses a name taken meanwhile (the history then says why and
 * drops the edit).
 */
public record RenameEdit(AssetId id, FolderPath folder, String before, String after) implements Edit {

    @Override
    public String description() {
        return "renamed " + before + " to " + after;
    }

    @Override
    public void undo(AssetRepository repository) {
        repository.move(id, folder, before);
    }

    @Override
    public void redo(AssetRepository repository) {
        repository.move(id, folder, after);
    }
}
