package io.mediadesk.library.preset;

import io.mediadesk.library.LibraryException;

/**
 * No preset (or saved search) has this name. The message says which name and, where it helps,
 * where to look (the trash, {@code presets list}). Nothing was changed.
 */
public final class UnknownNameException extends LibraryException {
    private static final long serialVersionUID = 1L;

    public UnknownNameException(String message) {
        super(message);
    }
}
