package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Custom metadata field definitions: {@code POST/GET /v1/customMetadataFields},
 * {@code PATCH/DELETE /v1/customMetadataFields/{id}}. Names are unique across all fields ever made
 * (deleted ones included), labels among the live ones; the type never changes.
 */
final class MetadataFieldHandler {
    private final Store store;

    MetadataFieldHandler(Store store) {
        this.store = store;
    }

    void register(Routes routes) {
        String base = "/v1/customMetadataFields";
        routes.add("POST", base, Family.METADATA_FIELDS, this::create)
                .add("GET", base, Family.METADATA_FIELDS, this::list)
                .add("PATCH", base + "/([^/]+)", Family.METADATA_FIELDS, this::update)
                .add("DELETE", base + "/([^/]+)", Family.METADATA_FIELDS, this::delete);
    }

    private Reply create(Call call) throws java.io.IOException {
        JsonNode body = call.json();
        String name = body.path("name").asText("");
        String label = body.path("label").asText("");
        if (name.isBlank() || label.isBlank() || !body.path("schema").isObject()) {
            throw ApiError.badRequest("name, label and schema are required.");
        }
        if (fields().stream().anyMatch(f -> f.name.equals(name))) {
            throw ApiError.badRequest("A custom metadata field with this name already exists.");
        }
        requireFreeLabel(label, null);
        MetadataField field = new MetadataField();
        field.id = store.ids().objectId();
        field.name = name;
        field.label = label;
        field.description = description(body);
        field.schema = schema(body.get("schema"));
        fields().add(field);
        return Reply.json(201, json(field));
    }

    private Reply list(Call call) {
        boolean deleted = call.query("includeDeleted").map(Boolean::parseBoolean).orElse(false);
        return Reply.ok(fields().stream().filter(f -> deleted || !f.deleted).map(MetadataFieldHandler::json).toList());
    }

    private Reply update(Call call) throws java.io.IOException {
        MetadataField field = live(call.capture(0));
        JsonNode body = call.json();
        if (!body.has("label") && !body.has("schema")) {
            throw ApiError.badRequest("At least one of label and schema is required.");
        }
        if (body.has("label")) {
            String label = body.get("label").asText("");
            if (label.isBlank()) {
                throw ApiError.badRequest("label cannot be empty.");
            }
            requireFreeLabel(label, field);
            field.label = label;
        }
        if (body.has("schema")) {
            Map<String, Object> merged = new LinkedHashMap<>(field.schema);
            merged.putAll(plainObject(body.get("schema")));
            merged.put("type", field.type()); // the type cannot change; a sent one is ignored
            field.schema = schema(Json.MAPPER.valueToTree(merged));
        }
        if (body.has("description")) {
            field.description = description(body);
        }
        return Reply.ok(json(field));
    }

    private Reply delete(Call call) {
        live(call.capture(0)).deleted = true;
        return Reply.noContent();
    }

    private Map<String, Object> schema(JsonNode node) {
        Map<String, Object> schema = plainObject(node);
        Map<String, String> errors = FieldSchema.errors(schema);
        if (!errors.isEmpty()) {
            throw ApiError.badRequest("Invalid field object").with("errors", errors);
        }
        return schema;
    }

    private static Map<String, Object> plainObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("schema must be a JSON object.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) Json.plain(node);
        return new LinkedHashMap<>(map);
    }

    private static String description(JsonNode body) {
        String description = body.path("description").isTextual() ? body.get("description").asText() : null;
        if (description != null && description.length() > 500) {
            throw ApiError.badRequest("Invalid field object").with("errors", Map.of("description", "should be at most 500 characters"));
        }
        return description;
    }

    private void requireFreeLabel(String label, MetadataField self) {
        if (fields().stream().anyMatch(f -> !f.deleted && f != self && f.label.equals(label))) {
            throw ApiError.badRequest("A custom metadata field with this label already exists.");
        }
    }

    private MetadataField live(String id) {
        return fields().stream().filter(f -> f.id.equals(id) && !f.deleted).findFirst()
                .orElseThrow(() -> ApiError.notFound("No such custom metadata field exists."));
    }

    private List<MetadataField> fields() {
        return store.state().fields;
    }

    static Map<String, Object> json(MetadataField field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", field.id);
        json.put("name", field.name);
        json.put("label", field.label);
        if (field.description != null) {
            json.put("description", field.description);
        }
        json.put("schema", field.schema);
        return json;
    }
}
