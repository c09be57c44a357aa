package io.mediadesk.library.store;

import io.mediadesk.library.LibraryException;

/** Another asset already has this folder and name; pick another name (import numbers it). */
public final class PathTakenException extends LibraryException {
    private static final long serialVersionUID = 1L;

    public PathTakenException(String path) {
        super("an asset named " + path + " already exists");
    }
}
