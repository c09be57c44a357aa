package io.mediadesk.sync.snapshot;

import java.time.Instant;

/**
 * The last state of one item that both sides agreed on: the pairing of an asset with a remote
 * file, and the path, content and attributes both held when they last matched. A change is a
 * difference from this record; a side that still equals it did not change.
 */
public record BaseEntry(String localId, String remoteId, String path, String hash, String version, long size,
        Instant remoteUpdated, Attributes attributes) {

    public BaseEntry {
        java.util.Objects.requireNonNull(localId, "localId");
        java.util.Objects.requireNonNull(remoteId, "remoteId");
        java.util.Objects.requireNonNull(path, "path");
        java.util.Objects.requireNonNull(hash, "hash");
        java.util.Objects.requireNonNull(version, "version");
    }


    /** The entry after a sync that left both sides at {@code local}'s state and {@code remote}'s version. */
    public static BaseEntry of(LocalFile local, RemoteEntry remote) {
        return new BaseEntry(local.id(), remote.id(), local.path(), local.hash(), remote.version(), remote.size(),
                remote.updated(), local.attributes());
    }

    public BaseEntry withPath(String value) {
        return new BaseEntry(localId, remoteId, value, hash, version, size, remoteUpdated, attributes);
    }

    public BaseEntry withAttributes(Attributes value) {
        return new BaseEntry(localId, remoteId, path, hash, version, size, remoteUpdated, value);
    }

    public BaseEntry withRemote(RemoteEntry remote) {
        return new BaseEntry(localId, remote.id(), path, hash, remote.version(), remote.size(), remote.updated(), attributes);
    }

    /** After a move or a metadata edit: the file's id and times, but the version this entry already names. */
    public BaseEntry withRemoteKeepingVersion(RemoteEntry remote) {
        return new BaseEntry(localId, remote.id(), path, hash, version, size, remote.updated(), attributes);
    }

    public BaseEntry withContent(String newHash) {
        return new BaseEntry(localId, remoteId, path, newHash, version, size, remoteUpdated, attributes);
    }
}
