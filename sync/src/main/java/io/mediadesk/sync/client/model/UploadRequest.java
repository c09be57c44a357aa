package io.mediadesk.sync.client.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An upload (spec §2.2): a file on disk, streamed, or a URL the service fetches itself. Only the
 * fields set here are sent, so the service's defaults apply to the rest. Structured fields
 * ({@code customMetadata}, {@code extensions}, {@code transformation}) are passed as values and
 * serialised to JSON by the client.
 */
public final class UploadRequest {
    private final Path file;
    private final String sourceUrl;
    private final String fileName;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private UploadRequest(Path file, String sourceUrl, String fileName) {
        this.file = file;
        this.sourceUrl = sourceUrl;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    /** Uploads {@code file} under its own name. */
    public static UploadRequest of(Path file) {
        return of(file, file.getFileName().toString());
    }

    public static UploadRequest of(Path file, String fileName) {
        return new UploadRequest(Objects.requireNonNull(file, "file"), null, fileName);
    }

    /** The service fetches {@code url} itself (it gives up after 8 s without response headers). */
    public static UploadRequest fromUrl(String url, String fileName) {
        return new UploadRequest(null, Objects.requireNonNull(url, "url"), fileName);
    }

    public UploadRequest folder(String folder) {
        return set("folder", folder);
    }

    public UploadRequest useUniqueFileName(boolean unique) {
        return set("useUniqueFileName", unique);
    }

    public UploadRequest tags(List<String> tags) {
        return set("tags", String.join(",", tags));
    }

    public UploadRequest privateFile(boolean isPrivate) {
        return set("isPrivateFile", isPrivate);
    }

    public UploadRequest published(boolean isPublished) {
        return set("isPublished", isPublished);
    }

    public UploadRequest customCoordinates(String coordinates) {
        return set("customCoordinates", coordinates);
    }

    public UploadRequest responseFields(List<String> names) {
        return set("responseFields", String.join(",", names));
    }

    public UploadRequest extensions(List<Map<String, Object>> extensions) {
        return set("extensions", List.copyOf(extensions));
    }

    public UploadRequest webhookUrl(String url) {
        return set("webhookUrl", url);
    }

    public UploadRequest overwriteFile(boolean overwrite) {
        return set("overwriteFile", overwrite);
    }

    public UploadRequest overwriteAiTags(boolean overwrite) {
        return set("overwriteAITags", overwrite);
    }

    public UploadRequest overwriteTags(boolean overwrite) {
        return set("overwriteTags", overwrite);
    }

    public UploadRequest overwriteCustomMetadata(boolean overwrite) {
        return set("overwriteCustomMetadata", overwrite);
    }

    public UploadRequest customMetadata(Map<String, ?> values) {
        return set("customMetadata", new LinkedHashMap<>(values));
    }

    /** {@code pre}: a transformation string; {@code post}: objects like {@code {type: "thumbnail", value: "w-150"}}. */
    public UploadRequest transformation(String pre, List<Map<String, Object>> post) {
        Map<String, Object> t = new LinkedHashMap<>();
        if (pre != null) {
            t.put("pre", pre);
        }
        if (post != null && !post.isEmpty()) {
            t.put("post", List.copyOf(post));
        }
        return set("transformation", t);
    }

    public UploadRequest checks(String expression) {
        return set("checks", expression);
    }

    public UploadRequest description(String description) {
        return set("description", description);
    }

    public Path file() {
        return file;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public String fileName() {
        return fileName;
    }

    /** The optional fields in the order set: strings and booleans as given, structures to be JSON. */
    public Map<String, Object> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** Whether the service keeps the name as given (false) or appends a unique suffix (the default). */
    public boolean uniqueFileName() {
        return !Boolean.FALSE.equals(fields.get("useUniqueFileName"));
    }

    /** The target folder, {@code /} when not set, always with a trailing slash. */
    public String folderPath() {
        String folder = (String) fields.getOrDefault("folder", "/");
        String withLead = folder.startsWith("/") ? folder : "/" + folder;
        return withLead.endsWith("/") ? withLead : withLead + "/";
    }

    private UploadRequest set(String name, Object value) {
        if (value == null) {
            fields.remove(name);
        } else {
            fields.put(name, value);
        }
        return this;
    }
}
