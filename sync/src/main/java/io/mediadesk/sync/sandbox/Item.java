package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of a listing: a file (its current version), an older file version, or a folder. The
 * search and the sort read every row through these accessors, whatever it is.
 */
record Item(StoredFile file, Version version, Folder folder) {

    static Item of(StoredFile file) {
        return new Item(file, file.current(), null);
    }

    static Item of(StoredFile file, Version version) {
        return new Item(file, version, null);
    }

    static Item of(Folder folder) {
        return new Item(null, null, folder);
    }

    String type() {
        return folder != null ? "folder" : version.id.equals(file.currentId) ? "file" : "file-version";
    }

    String id() {
        return folder != null ? folder.id : type().equals("file") ? file.id : version.id;
    }

    String name() {
        return folder != null ? folder.name() : file.name;
    }

    /** The folder the row is in, {@code /a/b/}. */
    String parent() {
        return folder != null ? folder.parent() : file.folder;
    }

    String path() {
        return folder != null ? folder.path : file.path();
    }

    String createdAt() {
        return folder != null ? folder.createdAt : version.createdAt;
    }

    String updatedAt() {
        return folder != null ? folder.updatedAt : version.updatedAt;
    }

    long size() {
        return folder != null ? 0 : version.size;
    }

    int width() {
        return version != null && version.image ? version.width : 0;
    }

    int height() {
        return version != null && version.image ? version.height : 0;
    }

    boolean image() {
        return version != null && version.image;
    }

    /** Tags and AI tag names together: {@code tags IN [...]} matches both (spec 3.2). */
    List<String> allTags() {
        List<String> all = new ArrayList<>();
        if (version != null && version.tags != null) {
            all.addAll(version.tags);
        }
        if (version != null && version.aiTags != null) {
            version.aiTags.forEach(t -> all.add(String.valueOf(t.get("name"))));
        }
        return all;
    }

    Map<String, Object> customMetadata() {
        return version != null ? version.customMetadata : Map.of();
    }
}
