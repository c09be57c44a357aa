package io.mediadesk.library.store;

import io.mediadesk.library.asset.FolderPath;

/**
 * What a folder move or rename did: the subtree at {@code from} is now at {@code to}, with
 * {@code folders} folders (itself included) and {@code assets} assets (trash included) re-pathed.
 */
public record FolderMove(FolderPath from, FolderPath to, int folders, int assets) {
}
