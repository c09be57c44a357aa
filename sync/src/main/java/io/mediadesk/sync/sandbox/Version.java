package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of a file: its content (a blob) and the details the service keeps with it. Each
 * version carries its own details because the versions API answers them per version; updating a
 * file's details edits its current version. Mutable, and only touched under the store's lock.
 */
final class Version {
    String id;
    int number;
    String blob;
    long size;
    Integer width;
    Integer height;
    /** Lower-case format name ({@code jpg}, {@code png}, ...), or the extension of a non-image. */
    String format;
    String mime;
    boolean image;
    boolean hasAlpha;
    boolean colorProfile;
    List<String> tags;
    List<Map<String, Object>> aiTags;
    String customCoordinates;
    Map<String, Object> customMetadata = new LinkedHashMap<>();
    boolean isPrivate;
    boolean isPublished = true;
    String description;
    String createdAt;
    String updatedAt;

    /** A copy with a new id and number, for copies and moves that keep history. */
    Version copy(String newId, int newNumber) {
        Version v = new Version();
        v.id = newId;
        v.number = newNumber;
        v.blob = blob;
        v.size = size;
        v.width = width;
        v.height = height;
        v.format = format;
        v.mime = mime;
        v.image = image;
        v.hasAlpha = hasAlpha;
        v.colorProfile = colorProfile;
        v.tags = tags == null ? null : new ArrayList<>(tags);
        v.aiTags = aiTags == null ? null : new ArrayList<>(aiTags);
        v.customCoordinates = customCoordinates;
        v.customMetadata = new LinkedHashMap<>(customMetadata);
        v.isPrivate = isPrivate;
        v.isPublished = isPublished;
        v.description = description;
        v.createdAt = createdAt;
        v.updatedAt = updatedAt;
        return v;
    }

    String versionName() {
        return "Version " + number;
    }
}
