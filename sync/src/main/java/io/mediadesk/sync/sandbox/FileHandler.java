package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One file: {@code GET/PATCH /v1/files/{id}/details}, {@code DELETE /v1/files/{id}} and
 * {@code GET /v1/files/{id}/metadata}. An update is validated whole before anything changes, so a
 * 400 leaves the file as it was.
 */
final class FileHandler {
    private static final Set<String> DETAILS = Set.of("tags", "customCoordinates", "customMetadata", "description",
            "extensions", "removeAITags", "webhookUrl");

    private final Store store;
    private final FileJson json;

    FileHandler(Store store, FileJson json) {
        this.store = store;
        this.json = json;
    }

    void register(Routes routes) {
        routes.add("GET", "/v1/files/([^/]+)/details", Family.FILES, this::details)
                .add("PATCH", "/v1/files/([^/]+)/details", Family.FILES, this::update)
                .add("GET", "/v1/files/([^/]+)/metadata", Family.FILES, this::metadata)
                .add("DELETE", "/v1/files/([^/]+)", Family.FILES, this::delete);
    }

    private Reply details(Call call) {
        StoredFile file = store.requireFile(call.capture(0));
        return Reply.ok(json.file(file, file.current()));
    }

    private Reply metadata(Call call) {
        return Reply.ok(FileJson.metadata(store.requireFile(call.capture(0)).current()));
    }

    private Reply delete(Call call) {
        store.removeFile(store.requireFile(call.capture(0)));
        return Reply.noContent();
    }

    private Reply update(Call call) throws IOException {
        StoredFile file = store.requireFile(call.capture(0));
        JsonNode body = call.json();
        if (body.has("publish")) {
            publish(file, body);
        } else {
            apply(file.current(), body);
        }
        file.current().updatedAt = store.now();
        return Reply.ok(json.file(file, file.current()));
    }

    /** The publication shape of the spec's {@code oneOf}: {@code {"publish": {"isPublished", "includeFileVersions"}}}. */
    private static void publish(StoredFile file, JsonNode body) {
        JsonNode publish = body.get("publish");
        if (body.size() > 1) {
            throw ApiError.badRequest("publish cannot be combined with other fields in one update.");
        }
        if (!publish.path("isPublished").isBoolean()) {
            throw ApiError.badRequest("publish.isPublished is required and must be true or false.");
        }
        boolean published = publish.get("isPublished").asBoolean();
        List<Version> targets = publish.path("includeFileVersions").asBoolean(false) ? file.versions : List.of(file.current());
        targets.forEach(v -> v.isPublished = published);
    }

    private void apply(Version v, JsonNode body) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!DETAILS.contains(key)) {
                throw ApiError.badRequest("Invalid field in the update: " + key + ".");
            }
        }
        if (body.has("extensions") && body.get("extensions").size() > 0) {
            throw ApiError.badRequest("The sandbox does not run extensions.");
        }
        List<String> tags = body.has("tags") ? (body.get("tags").isNull() ? null : Tags.check(Json.strings(body.get("tags"), "tags"))) : v.tags;
        String coordinates = body.has("customCoordinates")
                ? (body.get("customCoordinates").isNull() ? null : Tags.coordinates(body.get("customCoordinates").asText())) : v.customCoordinates;
        Map<String, Object> metadata = new LinkedHashMap<>(v.customMetadata);
        if (body.has("customMetadata")) {
            MetadataValues.apply(store.state().fields, metadata, body.get("customMetadata"), true);
        }
        List<Map<String, Object>> aiTags = removeAiTags(v.aiTags, body.get("removeAITags"));
        v.tags = tags;
        v.customCoordinates = coordinates;
        v.customMetadata = metadata;
        v.aiTags = aiTags;
        if (body.has("description")) {
            v.description = body.get("description").isNull() ? null : body.get("description").asText();
        }
    }

    /** {@code removeAITags}: an array of names, or {@code "all"}. */
    private static List<Map<String, Object>> removeAiTags(List<Map<String, Object>> current, JsonNode remove) {
        if (remove == null || current == null) {
            return current;
        }
        if (remove.isTextual() && remove.asText().equals("all")) {
            return null;
        }
        List<String> names = Json.strings(remove, "removeAITags");
        List<Map<String, Object>> kept = current.stream().filter(t -> !names.contains(String.valueOf(t.get("name")))).toList();
        return kept.isEmpty() ? null : new java.util.ArrayList<>(kept);
    }
}
