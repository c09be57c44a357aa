package io.mediadesk.sync.sandbox.multipart;

import java.io.IOException;

/** A body that is not well-formed multipart, or that breaks one of the {@link MultipartLimits}. */
public final class MultipartException extends IOException {
    private static final long serialVersionUID = 1L;

    public MultipartException(String message) {
        super(message);
    }
}
