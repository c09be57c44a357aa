package io.mediadesk.library.ingest;

import io.mediadesk.engine.codec.DecodeOptions;
import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.LimitGate;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.PhotoMetadataReader;
import io.mediadesk.engine.codec.PhotoMetadata;
import io.mediadesk.engine.render.PerceptualHash;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Brings bytes that did not come through import (a sync's downloads) into the library: the same
 * probe and safety limits, the same content-addressed original written atomically and hashed again
 * while copied, and the content fields of an asset record. Unlike import it keeps the id and path
 * it is given and never treats equal bytes as a duplicate: two assets may share one original.
 * The originals are the library's ({@link io.mediadesk.library.Library#originals()}): with a team
 * catalog they are in GridFS too, so any member's machine finds them.
 */
public final class ContentIntake implements AutoCloseable {
    private final Originals originals;
    private final Decoder decoder = new Decoder(1);
    private final PhotoMetadataReader metadata = new PhotoMetadataReader();

    public ContentIntake(Originals originals) {
        this.originals = originals;
    }

    /**
     * Stores {@code file} (whose SHA-256 the caller verified) as an original and describes it as an
     * asset with this id and place, no tags or metadata yet, in sync.
     */
    public Asset take(Path file, String sha256, AssetId id, FolderPath folder, String name, Instant now) throws IOException {
        ImageInfo info = decoder.probe(file);
        LimitGate.check(info, Files.size(file), Limits.DEFAULT, DecodeOptions.DEFAULT);
        long phash = PerceptualHash.of(file, decoder, Limits.DEFAULT);
        PhotoMetadata photo = metadata.read(file);
        originals.put(file, sha256, AssetFactory.formatWord(info.format()));
        EmbeddedMetadata embedded = new EmbeddedMetadata(photo.taken(), photo.make(), photo.model(), photo.latitude(),
                photo.longitude(), photo.keywords());
        return new Asset(id, folder, name, sha256, Files.size(file), info.width(), info.height(),
                AssetFactory.formatWord(info.format()), info.hasAlpha(), info.orientation(), Optional.of(phash), new TreeSet<>(),
                new TreeMap<>(Map.of()), Optional.empty(), embedded, now, now, false, Optional.empty(), SyncState.IN_SYNC);
    }

    /**
     * {@link #take(Path, String, AssetId, FolderPath, String, Instant)} for a local file whose hash
     * nobody gave: a replace from the command line or the window. Probe and limits run before the
     * original is written, so a rejected file leaves nothing behind.
     */
    public Asset take(Path file, AssetId id, FolderPath folder, String name, Instant now) throws IOException {
        return take(file, ContentHash.of(file), id, folder, name, now);
    }

    /** Keeps bytes no asset points to (an old version the service is about to delete) among the originals. */
    public void keep(Path file, String sha256) throws IOException {
        originals.put(file, sha256, "kept");
    }

    /** Whether an original with these bytes exists, whatever its extension. */
    public boolean holds(String sha256) throws IOException {
        return originals.exists(sha256);
    }

    /** A local file with the original of an asset's content, fetched first if only the team's store has it. */
    public Path original(Asset asset) throws IOException {
        return originals.open(asset);
    }

    @Override
    public void close() {
        decoder.close();
    }
}
