package io.mediadesk.desktop.library;

import io.mediadesk.library.store.AssetRepository;

/**
 * One undoable edit, recorded after it was made: it knows exactly what it changed (which assets
 * gained a tag, each asset's metadata before and after) so undo puts back that and nothing else.
 * {@link #undo} and {@link #redo} call the repository and run off the FX thread.
 */
public interface Edit {

    /** For the status line: {@code added "launch" to 3 assets}. */
    String description();

    void undo(AssetRepository repository);

    void redo(AssetRepository repository);
}
