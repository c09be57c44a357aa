package io.mediadesk.sync.snapshot;

/**
 * One asset of the library as a sync sees it. A trashed asset still holds its path (the library
 * keeps names unique, trash included) but counts as deleted.
 *
 * @param id the asset id
 * @param path folder and name, {@code /summer/beach.jpg}
 * @param hash lowercase hex SHA-256 of the original
 */
public record LocalFile(String id, String path, String hash, long size, Attributes attributes, boolean trashed) {

    public LocalFile {
        java.util.Objects.requireNonNull(id, "id");
        java.util.Objects.requireNonNull(path, "path");
        java.util.Objects.requireNonNull(hash, "hash");
    }


    public LocalFile withPath(String newPath) {
        return new LocalFile(id, newPath, hash, size, attributes, trashed);
    }

    public LocalFile withAttributes(Attributes value) {
        return new LocalFile(id, path, hash, size, value, trashed);
    }

    public LocalFile withContent(String newHash, long newSize) {
        return new LocalFile(id, path, newHash, newSize, attributes, trashed);
    }

    public LocalFile withTrashed(boolean value) {
        return new LocalFile(id, path, hash, size, attributes, value);
    }
}
