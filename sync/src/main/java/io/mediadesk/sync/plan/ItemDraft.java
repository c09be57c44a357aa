package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * One item while it is being planned: the conflict table's decision ({@link ConflictTable}), then
 * the path it ends at ({@link PathTable}), then its steps ({@link Steps}). Mutable, and never
 * seen outside the planner.
 */
final class ItemDraft {

    enum Kind {
        /** Both sides keep the item: content, path and attributes are merged. */
        SYNC,
        UPLOAD_NEW,
        DOWNLOAD_NEW,
        JOIN,
        DELETE_REMOTE,
        TRASH_LOCAL,
        /** Gone from both sides. */
        FORGET
    }

    enum Content { SAME, UPLOAD, DOWNLOAD, CONFLICT }

    final String key;
    final Kind kind;
    final BaseEntry base;
    final LocalFile local;
    final RemoteEntry remote;
    final List<Note> notes = new ArrayList<>();
    Content content = Content.SAME;
    Attributes merged;
    boolean restore;
    /** The base was rebuilt rather than read, so it must be stored. */
    boolean recovered;
    /** Where the item should end up on both sides before path rules; then where it does. */
    String target;
    boolean deferred;
    String conflictPath;
    /** The asset id a download creates. */
    String downloadId;
    String reason = "";
    /** Set when the item is a conflict a person may settle: what the plan shows them. */
    Conflict conflict;

    ItemDraft(String key, Kind kind, BaseEntry base, LocalFile local, RemoteEntry remote) {
        this.key = key;
        this.kind = kind;
        this.base = base;
        this.local = local;
        this.remote = remote;
    }

    /** Whether the item ends up on both sides, and so needs a path. */
    boolean placed() {
        return kind == Kind.SYNC || kind == Kind.UPLOAD_NEW || kind == Kind.DOWNLOAD_NEW || kind == Kind.JOIN;
    }

    /** Whether it already sits at its target on every side it exists on. */
    boolean staysPut() {
        return (local == null || local.path().equals(target)) && (remote == null || remote.path().equals(target));
    }

    String path() {
        return local != null ? local.path() : remote != null ? remote.path() : base.path();
    }

    void conflict(String text) {
        notes.add(Note.conflict(path(), text));
    }
}
