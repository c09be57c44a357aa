package io.mediadesk.sync.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * File contents, one file per blob in one folder. Versions share blobs after a copy, so a blob is
 * deleted only when no version refers to it any more (the store decides that).
 */
final class Blobs {
    private final Path folder;

    Blobs(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /** A new empty temp file in the blob folder, so adopting it is an atomic rename. */
    Path temp() throws IOException {
        return Files.createTempFile(folder, "upload-", ".part");
    }

    /** Makes {@code temp} a blob and returns its key. */
    String adopt(Path temp) throws IOException {
        String key = UUID.randomUUID().toString();
        Files.move(temp, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    Path path(String key) {
        return folder.resolve(key);
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(folder.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
