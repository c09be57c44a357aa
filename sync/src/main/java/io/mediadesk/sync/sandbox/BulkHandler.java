package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The bulk calls (spec 3.3): delete up to 100 files, add or remove tags or AI tags on up to 50.
 * When every id is unknown the answer is 404 with {@code missingFileIds}; when only some are, the
 * known ones are done and the answer is 207 with an {@code errors} entry per unknown id.
 */
final class BulkHandler {
    private static final int MAX_DELETE = 100;
    private static final int MAX_TAGGED = 50;

    private final Store store;

    BulkHandler(Store store) {
        this.store = store;
    }

    void register(Routes routes) {
        routes.add("POST", "/v1/files/batch/deleteByFileIds", Family.FILES, this::delete)
                .add("POST", "/v1/files/addTags", Family.FILES, call -> tags(call, "tags", true))
                .add("POST", "/v1/files/removeTags", Family.FILES, call -> tags(call, "tags", false))
                .add("POST", "/v1/files/removeAITags", Family.FILES, call -> tags(call, "AITags", false));
    }

    private Reply delete(Call call) throws IOException {
        List<String> ids = fileIds(call.json(), MAX_DELETE);
        return each(ids, "successfullyDeletedFileIds", (id, file) -> store.removeFile(file));
    }

    private Reply tags(Call call, String key, boolean add) throws IOException {
        JsonNode body = call.json();
        List<String> ids = fileIds(body, MAX_TAGGED);
        List<String> tags = Json.strings(body.get(key), key);
        if (tags.isEmpty()) {
            throw ApiError.badRequest(key + " cannot be empty.");
        }
        if (key.equals("tags")) {
            Tags.check(tags);
        }
        return each(ids, "successfullyUpdatedFileIds", (id, file) -> {
            Version v = file.current();
            if (key.equals("AITags")) {
                v.aiTags = v.aiTags == null ? null : new ArrayList<>(v.aiTags.stream().filter(t -> !tags.contains(String.valueOf(t.get("name")))).toList());
            } else {
                LinkedHashSet<String> merged = new LinkedHashSet<>(v.tags == null ? List.of() : v.tags);
                if (add) {
                    merged.addAll(tags);
                } else {
                    tags.forEach(merged::remove);
                }
                v.tags = merged.isEmpty() ? null : Tags.check(new ArrayList<>(merged));
            }
            v.updatedAt = store.now();
        });
    }

    private Reply each(List<String> ids, String doneKey, BiConsumer<String, StoredFile> action) {
        List<String> missing = ids.stream().filter(id -> !store.state().files.containsKey(id)).toList();
        if (missing.size() == ids.size()) {
            throw ApiError.notFound("The requested file(s) does not exist.").with("missingFileIds", missing);
        }
        List<String> done = new ArrayList<>();
        for (String id : ids) {
            StoredFile file = store.state().files.get(id);
            if (file != null) {
                action.accept(id, file);
                done.add(id);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(doneKey, done);
        if (missing.isEmpty()) {
            return Reply.ok(body);
        }
        body.put("errors", missing.stream().map(id -> Map.of("fileId", id, "error", "The requested file does not exist.")).toList());
        return Reply.json(207, body);
    }

    private static List<String> fileIds(JsonNode body, int max) {
        if (!body.has("fileIds")) {
            throw ApiError.badRequest("fileIds is required.");
        }
        List<String> ids = Json.strings(body.get("fileIds"), "fileIds");
        if (ids.isEmpty()) {
            throw ApiError.badRequest("fileIds cannot be empty.");
        }
        if (ids.size() > max) {
            throw ApiError.badRequest("fileIds cannot have more than " + max + " items.");
        }
        return new ArrayList<>(new LinkedHashSet<>(ids));
    }
}
