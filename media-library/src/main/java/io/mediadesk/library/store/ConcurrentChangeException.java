package io.mediadesk.library.store;

import io.mediadesk.library.LibraryException;

/**
 * Another writer kept changing an asset between this edit's read and its write (a shared catalog,
 * two team members at once). Nothing of that asset was overwritten; the caller may simply retry,
 * because every edit re-reads what it changes. The message says which assets the edit had already
 * changed, since a bulk edit on a shared catalog applies asset by asset.
 */
public final class ConcurrentChangeException extends LibraryException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
