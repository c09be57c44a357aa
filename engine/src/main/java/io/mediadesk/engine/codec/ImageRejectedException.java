package io.mediadesk.engine.codec;

import io.mediadesk.engine.EngineException;

/**
 * An input image was refused: it is not an image we accept, it is damaged, or it is over a limit.
 * The caller must fix (or drop) the input; retrying the same bytes gives the same answer, except
 * for {@link Reason#DECODE_TIMEOUT} on a busy machine.
 */
public final class ImageRejectedException extends EngineException {
    private static final long serialVersionUID = 1L;

    /** Why the image was refused; stable names that the CLI and the UI can map. */
    public enum Reason {
        NOT_AN_IMAGE,
        UNSUPPORTED_FORMAT,
        CORRUPT,
        TRUNCATED,
        OVER_PIXEL_LIMIT,
        OVER_FRAME_LIMIT,
        OVER_FILE_SIZE_LIMIT,
        OVER_METADATA_LIMIT,
        DECODE_TIMEOUT,
        /** The decoder ran out of heap; the image failed, the application did not. */
        OUT_OF_MEMORY,
        MISSING,
        UNREADABLE
    }

    private final Reason reason;

    public ImageRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ImageRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static ImageRejectedException truncated(String what) {
        return new ImageRejectedException(Reason.TRUNCATED, "The image is truncated: " + what);
    }

    static ImageRejectedException corrupt(String what) {
        return new ImageRejectedException(Reason.CORRUPT, "The image is damaged: " + what);
    }
}
