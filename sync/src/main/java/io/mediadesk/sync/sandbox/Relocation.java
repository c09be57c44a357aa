package io.mediadesk.sync.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Copying and moving files between folders with the spec's conflict rule: when a file of the same
 * name is already at the destination, what arrives is appended to that file's version history
 * (within the 100-version limit) instead of replacing it. Used by file and folder copy/move.
 */
final class Relocation {
    private final Store store;

    Relocation(Store store) {
        this.store = store;
    }

    /** Copies {@code source} (its current version, or all with {@code withVersions}) into {@code folder}. */
    void copy(StoredFile source, String folder, boolean withVersions) {
        List<Version> versions = withVersions ? inOrder(source) : List.of(source.current());
        arrive(versions, folder, source.name);
    }

    /** Moves {@code source} into {@code folder}; onto an existing file only its current version arrives. */
    void move(StoredFile source, String folder) {
        if (store.fileAt(folder + source.name).isPresent()) {
            arrive(List.of(source.current()), folder, source.name);
            store.removeFile(source);
            return;
        }
        store.ensureFolder(folder);
        source.folder = folder;
    }

    private void arrive(List<Version> versions, String folder, String name) {
        StoredFile target = store.fileAt(folder + name).orElse(null);
        if (target != null && target.versions.size() + versions.size() > StoredFile.MAX_VERSIONS) {
            throw ApiError.reason(400, "VERSION_LIMIT_EXCEEDED", "A file can have at most " + StoredFile.MAX_VERSIONS + " versions.");
        }
        if (target == null) {
            target = new StoredFile();
            target.folder = folder;
            target.name = name;
            target.versions = new ArrayList<>();
            store.ensureFolder(folder);
        }
        for (Version v : versions) {
            Version copy = v.copy(store.ids().objectId(), target.nextNumber());
            copy.createdAt = store.now();
            copy.updatedAt = copy.createdAt;
            target.versions.add(copy);
            target.currentId = copy.id;
        }
        if (target.id == null) {
            target.id = target.versions.get(0).id;
            store.state().files.put(target.id, target);
        }
    }

    /** Versions by number, the current one last, so it is current again where it arrives. */
    private static List<Version> inOrder(StoredFile file) {
        List<Version> ordered = new ArrayList<>(file.versions);
        ordered.sort(Comparator.comparingInt((Version v) -> v.id.equals(file.currentId) ? 1 : 0).thenComparingInt(v -> v.number));
        return ordered;
    }
}
