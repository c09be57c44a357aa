package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.Attributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a plan. Each says which side it writes, prints as one line of the dry run and as one
 * object of the {@code --json} plan. Steps of one item run in order; items run independently.
 */
public sealed interface Action {

    /** The dry run's verb: {@code upload}, {@code download}, {@code update}, {@code move}, ... */
    String verb();

    Side side();

    /** The path the step is about (its source for a move). */
    String path();

    /** The rest of the printed line. */
    String detail();

    /** Which summary column the step counts in. */
    Category category();

    enum Category { ADD, UPDATE, MOVE, DELETE, JOIN }

    default Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("action", verb());
        out.put("side", side().word());
        out.put("path", path());
        out.put("detail", detail());
        return out;
    }

    /** A library asset the service does not have yet: a new file, never over an existing one. */
    record Upload(String localId, String path, String hash, long size, Attributes attributes, String reason) implements Action {
        public String verb() { return "upload"; }
        public Side side() { return Side.REMOTE; }
        public String detail() { return reason; }
        public Category category() { return Category.ADD; }
    }

    /** New content for a file the service has, at its current remote path: the old content stays a version. */
    record UploadVersion(String localId, String remoteId, String path, String hash, long size, Attributes attributes)
            implements Action {
        public String verb() { return "upload"; }
        public Side side() { return Side.REMOTE; }
        public String detail() { return "new version (changed in the library)"; }
        public Category category() { return Category.UPDATE; }
    }

    /**
     * A service file the library lacks, as a new asset with id {@code localId}. {@code expectedHash}
     * is known when the version came from us; every download is hashed before it becomes visible.
     */
    record Download(String remoteId, String localId, String path, String version, long size, Optional<String> expectedHash,
            Attributes attributes, String reason) implements Action {
        public String verb() { return "download"; }
        public Side side() { return Side.LOCAL; }
        public String detail() { return reason; }
        public Category category() { return Category.ADD; }
    }

    /** New content for an asset; refused at run time if the asset no longer holds {@code replaces}. */
    record DownloadVersion(String localId, String remoteId, String path, String version, long size, String replaces,
            Optional<String> expectedHash) implements Action {
        public String verb() { return "download"; }
        public Side side() { return Side.LOCAL; }
        public String detail() { return "new version (changed on the service)"; }
        public Category category() { return Category.UPDATE; }
    }

    record Move(Side side, String id, String path, String to) implements Action {
        public String verb() { return "move"; }
        public String detail() { return "-> " + to; }
        public Category category() { return Category.MOVE; }
    }

    /** Sets tags, custom metadata and coordinates from {@code from} to {@code to}. */
    record Update(Side side, String id, String path, Attributes from, Attributes to) implements Action {
        public String verb() { return "update"; }
        public String detail() { return AttributeMerge.difference(from, to); }
        public Category category() { return Category.UPDATE; }
    }

    /** Into the library's trash, where it is kept until the trash is emptied. */
    record Trash(String localId, String path) implements Action {
        public String verb() { return "trash"; }
        public Side side() { return Side.LOCAL; }
        public String detail() { return "deleted on the service; kept in the library's trash"; }
        public Category category() { return Category.DELETE; }
    }

    /** Out of the trash: the service changed what the library deleted, and an edit beats a delete. */
    record Restore(String localId, String path) implements Action {
        public String verb() { return "restore"; }
        public Side side() { return Side.LOCAL; }
        public String detail() { return "deleted in the library but changed on the service: the change wins"; }
        public Category category() { return Category.UPDATE; }
    }

    /** Deletes the service's file; its content is still in the library's trash. */
    record Delete(String remoteId, String path) implements Action {
        public String verb() { return "delete"; }
        public Side side() { return Side.REMOTE; }
        public String detail() { return "deleted in the library (kept in its trash)"; }
        public Category category() { return Category.DELETE; }
    }

    /**
     * A file new on both sides at one path. The run downloads the service's copy and hashes it: the
     * same bytes link the two; other bytes keep both, the service's as a library asset at
     * {@code conflictPath} (with the service's attributes) and the library's uploaded as the file's
     * new version, carrying both sides' attributes merged.
     */
    record Join(String localId, String remoteId, String path, String localHash, long localSize, String version,
            long remoteSize, String conflictPath, Attributes remoteAttributes, Attributes uploadAttributes) implements Action {
        public String verb() { return "join"; }
        public Side side() { return Side.LOCAL; }
        public String detail() {
            return "new on both sides: linked if the bytes match, else the service's is kept as " + conflictPath;
        }
        public Category category() { return Category.JOIN; }
    }
}
