package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.store.AssetRepository;

/**
 * A change of an asset's content (a version restored, or the content replaced from a file). The
 * library never rewrites its version history, so undo and redo are restores too: undo makes the
 * version that was current before the change current again, redo the one the change made; each
 * adds a version, and the originals of all of them stay.
 *
 * @param before the version current before the change
 * @param after the version the change made current (for a restore, the one restored)
 */
public record VersionEdit(AssetId id, String description, int before, int after) implements Edit {

    @Override
    public void undo(AssetRepository repository) {
        repository.restoreVersion(id, before);
    }

    @Override
    public void redo(AssetRepository repository) {
        repository.restoreVersion(id, after);
    }
}
