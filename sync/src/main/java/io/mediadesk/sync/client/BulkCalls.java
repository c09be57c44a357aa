package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.mediadesk.sync.client.error.ClientErrorException;
import io.mediadesk.sync.client.http.Idempotency;
import io.mediadesk.sync.client.model.BulkOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The bulk endpoints (spec §3.3): ids in chunks of the service's limit, results merged. A 207
 * lists per-file errors; a 404 names the ids it did not find, and then the chunk is sent once more
 * without them, since the service does not say whether it acted on the rest (these calls are
 * idempotent, so sending them again is harmless).
 */
final class BulkCalls {
    private static final TypeReference<JsonNode> ANY = new TypeReference<>() { };

    private final Endpoints endpoints;

    BulkCalls(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    BulkOutcome run(HttpUrl url, List<String> fileIds, int chunkSize, String successKey, Map<String, Object> extra) {
        BulkOutcome outcome = BulkOutcome.empty();
        for (int from = 0; from < fileIds.size(); from += chunkSize) {
            List<String> chunk = fileIds.subList(from, Math.min(fileIds.size(), from + chunkSize));
            outcome = outcome.plus(chunk(url, chunk, successKey, extra, true));
        }
        return outcome;
    }

    private BulkOutcome chunk(HttpUrl url, List<String> ids, String successKey, Map<String, Object> extra, boolean retryMissing) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fileIds", List.copyOf(ids));
        body.putAll(extra);
        try {
            JsonNode answer = endpoints.send("POST", url, body, Idempotency.IDEMPOTENT, ANY);
            return new BulkOutcome(strings(answer.get(successKey)), errors(answer.get("errors")), List.of());
        } catch (ClientErrorException e) {
            List<String> missing = e.error().missingFileIds();
            if (!e.isNotFound() || missing.isEmpty()) {
                throw e;
            }
            List<String> rest = new ArrayList<>(ids);
            rest.removeAll(missing);
            BulkOutcome gone = new BulkOutcome(List.of(), Map.of(), missing);
            return rest.isEmpty() || !retryMissing ? gone : gone.plus(chunk(url, rest, successKey, extra, false));
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static Map<String, String> errors(JsonNode array) {
        Map<String, String> out = new LinkedHashMap<>();
        if (array != null && array.isArray()) {
            array.forEach(e -> out.put(e.path("fileId").asText(), e.path("error").asText()));
        }
        return out;
    }
}
