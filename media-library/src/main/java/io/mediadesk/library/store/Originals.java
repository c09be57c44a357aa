package io.mediadesk.library.store;

import io.mediadesk.library.asset.Asset;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The library's originals, addressed by their content (SHA-256): the port every reader and writer of
 * an asset's bytes goes through ({@link io.mediadesk.library.Library#originals()}). The embedded
 * catalog keeps them in the library folder; a team catalog on MongoDB keeps them in GridFS as well,
 * with the folder as a read-through cache, so every machine of the team reads what any one imported.
 *
 * <p>Synchronous and possibly slow (a fetch over the network): call it off the FX thread, except
 * {@link #local}, which does no I/O.
 */
public interface Originals {

    /**
     * Stores {@code source}'s bytes as the original with this hash, hashing them again while copied
     * (bytes that changed since they were hashed are refused); nothing is written where they are held
     * already. Returns once the original is durable everywhere this store keeps it.
     *
     * @return the local file holding the bytes
     */
    Path put(Path source, String sha256, String extension) throws IOException;

    /**
     * A local file holding the original's bytes, fetched into the library folder first when only the
     * team's store has them (and checked against the hash before it is served).
     *
     * @throws MissingOriginalException when no store holds them
     */
    Path open(String sha256, String extension) throws IOException;

    /** {@link #open(String, String)} for an asset; a missing original's error names the asset. */
    default Path open(Asset asset) throws IOException {
        try {
            return open(asset.contentHash(), asset.format());
        } catch (MissingOriginalException e) {
            throw new MissingOriginalException(asset.filePath() + " (sha256 " + asset.contentHash() + ")", e.where());
        }
    }

    /** Whether an original with these bytes is held anywhere this store looks, whatever its extension. */
    boolean exists(String sha256) throws IOException;

    /**
     * Where the local copy of the original is or would be, without looking: for the FX thread, which
     * may show what is on disk but never waits for a fetch.
     */
    Path local(String sha256, String extension);
}
