package io.mediadesk.sync.client.http;

import java.util.Objects;
import okhttp3.Request;

/**
 * One call to make: the OkHttp request (its body must be re-writable, since a retry writes it
 * again) and whether it is idempotent.
 */
public record ApiRequest(Request request, Idempotency idempotency) {

    public ApiRequest {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(idempotency, "idempotency");
    }

    public String operation() {
        return Redaction.operation(request.method(), request.url());
    }
}
