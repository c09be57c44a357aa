package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.mediadesk.sync.client.error.MalformedResponseException;
import io.mediadesk.sync.client.http.Idempotency;
import java.util.Map;

/**
 * CDN cache purge (spec §4): one URL per request, then poll. A submission is not retried once
 * sent: purges count against a monthly quota, and a lost answer is better reported than paid twice.
 */
public final class PurgeResource {
    private static final TypeReference<JsonNode> ANY = new TypeReference<>() { };

    private final Endpoints endpoints;

    PurgeResource(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Submits {@code url} (a trailing {@code *} purges a prefix, within the service's rules); returns the request id. */
    public String submit(String url) {
        JsonNode answer = endpoints.send("POST", endpoints.api("v1", "files", "purge").build(), Map.of("url", url),
                Idempotency.NOT_IDEMPOTENT, ANY);
        return required(answer, "requestId", "POST /v1/files/purge");
    }

    /** {@code Pending} or {@code Completed}. */
    public String status(String requestId) {
        JsonNode answer = endpoints.get(endpoints.api("v1", "files", "purge", requestId).build(), ANY);
        return required(answer, "status", "GET /v1/files/purge/{id}");
    }

    private static String required(JsonNode answer, String field, String operation) {
        JsonNode value = answer.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MalformedResponseException(operation, "no \"" + field + "\" in the answer", null, null);
        }
        return value.asText();
    }
}
