package io.mediadesk.library;

/**
 * Another process (or another part of this one) has the library open. The caller must wait for
 * it to close or pick another library; opening anyway could corrupt the catalog.
 */
public final class LibraryInUseException extends LibraryException {
    private static final long serialVersionUID = 1L;

    public LibraryInUseException(String message) {
        super(message);
    }
}
