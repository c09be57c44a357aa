package io.mediadesk.sync.sandbox;

import java.io.IOException;
import java.util.Map;

/** {@code POST /v1/files/purge} (one URL, 201 {@code {requestId}}) and {@code GET /v1/files/purge/{id}} (spec 4). */
final class PurgeHandler {
    private final Purges purges;

    PurgeHandler(Purges purges) {
        this.purges = purges;
    }

    void register(Routes routes) {
        routes.add("POST", "/v1/files/purge", Family.PURGE, this::submit)
                .add("GET", "/v1/files/purge/([^/]+)", Family.PURGE, this::status);
    }

    private Reply submit(Call call) throws IOException {
        String url = call.json().path("url").asText("");
        if (url.isBlank()) {
            throw ApiError.badRequest("url is required.");
        }
        return Reply.json(201, Map.of("requestId", purges.submit(url)));
    }

    private Reply status(Call call) {
        return Reply.ok(Map.of("status", purges.status(call.capture(0))));
    }
}
