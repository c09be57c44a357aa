package io.mediadesk.library;

import io.mediadesk.library.ingest.OriginalStore;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.CatalogLocation;
import io.mediadesk.library.store.MigrationListener;
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An open library: its folder (originals, thumbnails, logs, settings), the lock that makes this
 * process its only writer, its catalog, and the originals of the catalog's assets. Open one with
 * {@link #open}; close it when done.
 */
public final class Library implements AutoCloseable {
    private final Path folder;
    private final LibraryLock lock;
    private final Catalog catalog;
    private final Originals originals;

    private Library(Path folder, LibraryLock lock, Catalog catalog) {
        this.folder = folder;
        this.lock = lock;
        this.catalog = catalog;
        OriginalStore local = new OriginalStore(folder);
        this.originals = catalog.originals(local, local.where());
    }

    /**
     * Creates the folder on first use, takes the lock, then opens the catalog: embedded SQLite
     * inside the folder, or MongoDB when {@code catalogUri} names a server.
     *
     * @throws LibraryInUseException when another process holds the library
     */
    public static Library open(Path folder, Optional<String> catalogUri) {
        return open(folder, catalogUri, MigrationListener.NONE);
    }

    /**
     * {@link #open(Path, Optional)}, telling {@code migrations} how an upgrade of an older catalog's
     * schema goes (it may take seconds on a large library; see {@link MigrationListener}).
     */
    public static Library open(Path folder, Optional<String> catalogUri, MigrationListener migrations) {
        Path absolute = folder.toAbsolutePath().normalize();
        createFolders(absolute);
        LibraryLock lock = LibraryLock.acquire(absolute);
        try {
            CatalogLocation location = catalogUri.map(CatalogLocation::parse).orElseGet(() -> CatalogLocation.embedded(absolute));
            return new Library(absolute, lock, location.open(migrations));
        } catch (RuntimeException e) {
            closeQuietly(lock, e);
            throw e;
        }
    }

    private static void createFolders(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.createDirectories(folder.resolve("logs"));
        } catch (IOException e) {
            throw new LibraryException("cannot create the library folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(LibraryLock lock, RuntimeException primary) {
        try {
            lock.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }

    public Path folder() {
        return folder;
    }

    public Path logsFolder() {
        return folder.resolve("logs");
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The catalog's records. */
    public AssetRepository assets() {
        return catalog.assets();
    }

    /**
     * The originals: the content-addressed folder in the library with the embedded catalog; with a
     * team catalog on MongoDB, its GridFS bucket with that folder as the cache. Every reader and
     * writer of an asset's bytes goes through this.
     */
    public Originals originals() {
        return originals;
    }

    @Override
    public void close() {
        try (LibraryLock l = lock) {
            catalog.close();
        } catch (IOException e) {
            throw new LibraryException("cannot release the library lock on " + folder + ": " + e.getMessage(), e);
        }
    }
}
