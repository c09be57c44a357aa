package io.mediadesk.sync.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer that is an error, with the spec's body {@code {message, help}} plus any extra keys
 * ({@code reason}, {@code missingFileIds}, {@code errors}). Thrown from anywhere in a handler and
 * turned into a reply by the gateway, so handlers read top to bottom.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String HELP = "For support kindly contact us at support@imagekit.io.";

    private final int status;
    private final transient Map<String, Object> body = new LinkedHashMap<>();
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
        body.put("message", message);
        body.put("help", HELP);
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** An error with the machine {@code reason} that copy, move, rename and folder calls carry. */
    static ApiError reason(int status, String reason, String message) {
        return new ApiError(status, message).with("reason", reason);
    }

    ApiError with(String key, Object value) {
        body.put(key, value);
        return this;
    }

    /** A header to send with the error, e.g. delivery's {@code ik-error: ENOENT - ...}. */
    ApiError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    int status() {
        return status;
    }

    Reply reply() {
        Reply reply = Reply.json(status, body);
        headers.forEach(reply::header);
        return reply;
    }
}
