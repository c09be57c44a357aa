package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request as an endpoint sees it: method, path captures, query, headers and a capped body. */
final class Call {
    /** JSON bodies are small (ids, tags, settings); anything bigger is a client bug or an attack. */
    static final int MAX_JSON_BYTES = 1024 * 1024;

    private final HttpExchange exchange;
    private final List<String> captures;
    private final Map<String, List<String>> query;

    Call(HttpExchange exchange, List<String> captures) {
        this.exchange = exchange;
        this.captures = captures;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** The path as sent, still percent-encoded: signatures are computed over exactly these bytes. */
    String rawPath() {
        return exchange.getRequestURI().getRawPath();
    }

    String rawQuery() {
        return exchange.getRequestURI().getRawQuery();
    }

    /** The {@code i}-th group of the route's pattern (0-based), URL-decoded. */
    String capture(int i) {
        return URLDecoder.decode(captures.get(i), StandardCharsets.UTF_8);
    }

    Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    InputStream body() {
        return exchange.getRequestBody();
    }

    /** The JSON body; an empty body reads as {@code {}}, a malformed one is a 400. */
    JsonNode json() throws IOException {
        byte[] bytes = body().readNBytes(MAX_JSON_BYTES + 1);
        if (bytes.length > MAX_JSON_BYTES) {
            throw ApiError.badRequest("The request body is too large.");
        }
        if (bytes.length == 0) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return result;
    }
}
