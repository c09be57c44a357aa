package io.mediadesk.sync.side;

import io.mediadesk.library.asset.FolderPath;

/** A sync path ({@code /a/b/photo.jpg}) split the way both sides store it: folder with slashes, and name. */
record Paths(FolderPath folder, String name) {

    static Paths of(String path) {
        int slash = path.lastIndexOf('/');
        return new Paths(FolderPath.parse(path.substring(0, slash + 1)), path.substring(slash + 1));
    }
}
