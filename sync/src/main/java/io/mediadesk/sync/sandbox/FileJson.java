package io.mediadesk.sync.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec's JSON objects for files, versions, folders and metadata, as ordered maps: every field
 * the spec lists, with {@code null} where it says null (tags, AITags, customCoordinates).
 */
final class FileJson {
    /** Upload response fields that appear only when asked for in {@code responseFields} (spec 2.2, 2.3). */
    static final Set<String> ON_REQUEST = Set.of("tags", "customCoordinates", "isPrivateFile", "embeddedMetadata",
            "isPublished", "customMetadata", "metadata", "selectedFieldsSchema");

    private final Account account;
    private final Store store;

    FileJson(Account account, Store store) {
        this.account = account;
        this.store = store;
    }

    Map<String, Object> file(StoredFile f, Version v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fileId", f.id);
        json.put("type", v.id.equals(f.currentId) ? "file" : "file-version");
        json.put("name", f.name);
        json.put("filePath", f.path());
        json.put("tags", v.tags == null ? null : List.copyOf(v.tags));
        json.put("AITags", v.aiTags);
        json.put("versionInfo", versionInfo(v));
        json.put("isPrivateFile", v.isPrivate);
        json.put("isPublished", v.isPublished);
        json.put("customCoordinates", v.customCoordinates);
        json.put("url", account.url(f.path()));
        json.put("thumbnail", v.image ? account.thumbnail(f.path()) : null);
        json.put("fileType", v.image ? "image" : "non-image");
        json.put("mime", v.mime);
        if (v.image) {
            json.put("width", v.width);
            json.put("height", v.height);
        }
        json.put("size", v.size);
        json.put("hasAlpha", v.hasAlpha);
        json.put("customMetadata", customMetadata(v));
        json.put("embeddedMetadata", Map.of());
        json.put("description", v.description);
        json.put("createdAt", v.createdAt);
        json.put("updatedAt", v.updatedAt);
        return json;
    }

    /** The upload answer (spec 2.3): note {@code thumbnailUrl} here where file objects say {@code thumbnail}. */
    Map<String, Object> upload(StoredFile f, Version v, Set<String> responseFields) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fileId", f.id);
        json.put("name", f.name);
        json.put("size", v.size);
        json.put("versionInfo", versionInfo(v));
        json.put("filePath", f.path());
        json.put("url", account.url(f.path()));
        json.put("fileType", v.image ? "image" : "non-image");
        if (v.image) {
            json.put("height", v.height);
            json.put("width", v.width);
            json.put("thumbnailUrl", account.thumbnail(f.path()));
        }
        json.put("AITags", v.aiTags);
        Map<String, Object> full = file(f, v);
        full.put("metadata", metadata(v));
        for (String field : responseFields) {
            if (ON_REQUEST.contains(field) && full.containsKey(field)) {
                json.put(field, full.get(field));
            }
        }
        return json;
    }

    Map<String, Object> folder(Folder folder) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folderId", folder.id);
        json.put("type", "folder");
        json.put("name", folder.name());
        json.put("folderPath", folder.path.substring(0, folder.path.length() - 1));
        json.put("customMetadata", Map.of());
        json.put("createdAt", folder.createdAt);
        json.put("updatedAt", folder.updatedAt);
        return json;
    }

    /** The metadata object (spec 3.11) from what the header probe read; no EXIF decoding in the sandbox. */
    static Map<String, Object> metadata(Version v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("height", v.image ? v.height : 0);
        json.put("width", v.image ? v.width : 0);
        json.put("size", v.size);
        json.put("format", v.format);
        json.put("hasColorProfile", v.colorProfile);
        json.put("quality", 0);
        json.put("density", 72);
        json.put("hasTransparency", v.hasAlpha);
        json.put("exif", Map.of());
        return json;
    }

    static Map<String, Object> versionInfo(Version v) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", v.id);
        info.put("name", v.versionName());
        return info;
    }

    /** The stored values, plus the default of every required field the file has no value for. */
    Map<String, Object> customMetadata(Version v) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (MetadataField field : store.state().fields) {
            if (!field.deleted && Boolean.TRUE.equals(field.schema.get("isValueRequired")) && field.schema.containsKey("defaultValue")) {
                values.put(field.name, field.schema.get("defaultValue"));
            }
        }
        values.putAll(v.customMetadata);
        return values;
    }
}
