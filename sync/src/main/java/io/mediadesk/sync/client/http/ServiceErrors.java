package io.mediadesk.sync.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediadesk.sync.client.error.ApiException;
import io.mediadesk.sync.client.error.AuthenticationException;
import io.mediadesk.sync.client.error.ClientErrorException;
import io.mediadesk.sync.client.error.RateLimitedException;
import io.mediadesk.sync.client.error.ServerErrorException;
import io.mediadesk.sync.client.error.ServiceError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;

/** Turns an error answer into the exception of its kind, with the body read leniently (spec §1.3). */
final class ServiceErrors {
    private static final int MAX_TEXT = 300;

    private final JsonCodec json;
    private final Duration maxServerWait;

    ServiceErrors(JsonCodec json, Duration maxServerWait) {
        this.json = json;
        this.maxServerWait = maxServerWait;
    }

    ApiException toException(String operation, int status, Headers headers, byte[] body, Instant now) {
        ServiceError error = read(body);
        String requestId = headers.get("x-ik-requestId");
        if (status == 401 || status == 403) {
            return new AuthenticationException(operation, status, error, requestId);
        }
        if (status == 429) {
            Optional<Duration> wait = RetryAfter.parse(headers, now);
            boolean clamped = wait.filter(w -> w.compareTo(maxServerWait) > 0).isPresent();
            return new RateLimitedException(operation, error, requestId, wait.orElse(null), clamped);
        }
        if (status >= 500) {
            return new ServerErrorException(operation, status, error, requestId);
        }
        return new ClientErrorException(operation, status, error, requestId);
    }

    ServiceError read(byte[] body) {
        if (body.length == 0) {
            return ServiceError.empty();
        }
        try {
            JsonNode node = json.mapper().readTree(body);
            if (node != null && node.isObject()) {
                return new ServiceError(text(node, "message"), text(node, "help"), text(node, "reason"),
                        strings(node.get("missingFileIds")), errors(node.get("errors")));
            }
        } catch (java.io.IOException | RuntimeException notJson) {
            // An HTML page from a proxy or plain text: kept below as help text.
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return new ServiceError(null, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text, null, null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** {@code errors} is a field map on metadata-field 400s and a {@code [{fileId, error}]} list on bulk 207s. */
    private static Map<String, String> errors(JsonNode errors) {
        Map<String, String> out = new LinkedHashMap<>();
        if (errors != null && errors.isObject()) {
            errors.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        } else if (errors != null && errors.isArray()) {
            errors.forEach(e -> out.put(e.path("fileId").asText(), e.path("error").asText()));
        }
        return out;
    }
}
