package io.mediadesk.engine.transform;

import io.mediadesk.engine.EngineException;

/**
 * The transformation string is wrong and the user must change it: an unknown key, a value out of
 * range, a contradiction or a structure error. The CDN answers such strings with HTTP 400.
 *
 * <p>{@link #position()} is a 0-based offset into the string the caller passed to the parser
 * (including any {@code tr:} prefix), or -1 when the error is found later, while evaluating an
 * expression against a concrete image.
 */
public class InvalidTransformationException extends EngineException {
    private static final long serialVersionUID = 1L;

    private final String token;
    private final int position;

    public InvalidTransformationException(String token, int position, String message) {
        super(message);
        this.token = token;
        this.position = position;
    }

    /** The usual message shape: {@code q-0 at position 12: quality must be 1-100}. */
    static InvalidTransformationException at(String token, int position, String reason) {
        return new InvalidTransformationException(token, position,
                token + " at position " + position + ": " + reason);
    }

    /** The offending text, as written by the user. */
    public String token() {
        return token;
    }

    /** 0-based offset of {@link #token()} in the original input; -1 when not tied to the input. */
    public int position() {
        return position;
    }
}
