package io.mediadesk.sync.client.http;

import okhttp3.Headers;

/**
 * A successful answer, read whole (within the size cap) so the connection is free again before
 * the body is decoded.
 */
public record ApiResponse(String operation, int status, Headers headers, byte[] body) {

    /** The service's {@code x-ik-requestId}, or null. */
    public String requestId() {
        return headers.get("x-ik-requestId");
    }

    public boolean hasBody() {
        return body.length > 0;
    }
}
