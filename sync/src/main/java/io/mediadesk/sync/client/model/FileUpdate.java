package io.mediadesk.sync.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH /v1/files/{id}/details} (spec §3.4). Only what is set is sent, and
 * {@code null} means "clear": {@link #clearTags()} sends {@code "tags": null}, while not calling
 * {@link #tags} leaves the tags alone. In {@link #customMetadata} a key mapped to null unsets that
 * field. The publication shape is separate ({@link #publication}), as the service takes one or the
 * other.
 */
public final class FileUpdate {
    private final Map<String, Object> body = new LinkedHashMap<>();

    public static FileUpdate details() {
        return new FileUpdate();
    }

    /** Publish or unpublish, optionally with every version. */
    public static FileUpdate publication(boolean published, boolean includeFileVersions) {
        FileUpdate update = new FileUpdate();
        update.body.put("publish", Map.of("isPublished", published, "includeFileVersions", includeFileVersions));
        return update;
    }

    public FileUpdate tags(List<String> tags) {
        body.put("tags", List.copyOf(tags));
        return this;
    }

    public FileUpdate clearTags() {
        body.put("tags", null);
        return this;
    }

    /** {@code x,y,width,height}, e.g. {@code 10,10,100,100}. */
    public FileUpdate customCoordinates(String coordinates) {
        body.put("customCoordinates", coordinates);
        return this;
    }

    public FileUpdate clearCustomCoordinates() {
        body.put("customCoordinates", null);
        return this;
    }

    /** Field values to set; a key mapped to null unsets that field. */
    public FileUpdate customMetadata(Map<String, ?> values) {
        body.put("customMetadata", Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        return this;
    }

    public FileUpdate description(String description) {
        body.put("description", description);
        return this;
    }

    /** AI tag names to remove, or {@code List.of("all")} for every one. */
    public FileUpdate removeAiTags(List<String> names) {
        body.put("removeAITags", names.equals(List.of("all")) ? "all" : List.copyOf(names));
        return this;
    }

    /** Extension objects (spec §2.5), e.g. {@code Map.of("name", "google-auto-tagging", "minConfidence", 80, "maxTags", 5)}. */
    public FileUpdate extensions(List<Map<String, Object>> extensions) {
        body.put("extensions", List.copyOf(extensions));
        return this;
    }

    public FileUpdate webhookUrl(String url) {
        body.put("webhookUrl", url);
        return this;
    }

    /** The JSON body, nulls included on purpose. */
    public Map<String, Object> body() {
        return Collections.unmodifiableMap(body);
    }
}
