package io.mediadesk.library.preset;

import io.mediadesk.library.LibraryException;

/**
 * A change was refused because other presets use this one ({@code n-NAME}) and would break: a
 * delete or rename of a referenced preset (the service answers such a change with 409), or a new
 * transformation the referring presets cannot take. The message names them; nothing was changed.
 */
public final class PresetInUseException extends LibraryException {
    private static final long serialVersionUID = 1L;

    public PresetInUseException(String message) {
        super(message);
    }
}
