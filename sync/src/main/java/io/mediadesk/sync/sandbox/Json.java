package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON mapper. Answers are built as ordered maps so every field name and every
 * {@code null} is exactly what the spec shows; the persisted state is read and written field by
 * field, so the model classes need no annotations.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private Json() {
    }

    /** A JSON value as plain Java: maps, lists, strings, numbers, booleans, null. */
    static Object plain(JsonNode node) {
        return node == null ? null : MAPPER.convertValue(node, Object.class);
    }

    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** A string array from a JSON node, or a 400 naming {@code field}. */
    static List<String> strings(JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw ApiError.badRequest(field + " must be an array of strings.");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw ApiError.badRequest(field + " must be an array of strings.");
            }
            values.add(item.asText());
        }
        return values;
    }
}
