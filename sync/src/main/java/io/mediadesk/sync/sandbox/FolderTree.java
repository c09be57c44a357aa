package io.mediadesk.sync.sandbox;

import java.util.List;

/** Whole-subtree operations on folders: delete, copy and move a folder with its subfolders and files. */
final class FolderTree {
    private final Store store;
    private final Relocation relocation;

    FolderTree(Store store) {
        this.store = store;
        this.relocation = new Relocation(store);
    }

    void delete(String path) {
        store.filesUnder(path, true).toList().forEach(store::removeFile);
        store.state().folders.keySet().removeIf(f -> f.startsWith(path));
    }

    void copy(String source, String target, boolean withVersions) {
        subfolders(source).forEach(f -> store.ensureFolder(target + f.substring(source.length())));
        store.filesUnder(source, true).toList()
                .forEach(file -> relocation.copy(file, target + file.folder.substring(source.length()), withVersions));
    }

    void move(String source, String target) {
        subfolders(source).forEach(f -> store.ensureFolder(target + f.substring(source.length())));
        store.filesUnder(source, true).toList()
                .forEach(file -> relocation.move(file, target + file.folder.substring(source.length())));
        store.state().folders.keySet().removeIf(f -> f.startsWith(source));
    }

    private List<String> subfolders(String path) {
        return store.state().folders.keySet().stream().filter(f -> f.startsWith(path)).toList();
    }
}
