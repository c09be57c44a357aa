package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;
import java.util.Optional;

/**
 * What happens to one item, by what each side did since the base (docs/ARCHITECTURE.md has the
 * table). A delete meets no change: the delete goes through. A delete meets an edit: the edit wins.
 * Content edited on both sides: both kept, the library's as the current content and the service's
 * as a conflict copy. Paths and attributes merge field by field ({@link AttributeMerge}).
 */
final class ConflictTable {
    private final BaseSnapshot bases;

    ConflictTable(BaseSnapshot bases) {
        this.bases = bases;
    }

    ItemDraft decide(Pairing p) {
        if (p.base() != null) {
            ItemDraft d = based(p.key(), p.base(), p.local(), p.remote());
            d.recovered = p.recovered();
            return d;
        }
        if (p.join()) return join(p.local(), p.remote());
        if (p.local() != null) return uploadNew(p.key(), null, p.local(), "new in the library");
        ItemDraft d = new ItemDraft(p.key(), ItemDraft.Kind.DOWNLOAD_NEW, null, null, p.remote());
        d.downloadId = DerivedIds.download(p.remote().id());
        d.target = p.remote().path();
        d.reason = "new on the service";
        return d;
    }

    private ItemDraft based(String key, BaseEntry b, LocalFile l, RemoteEntry r) {
        boolean localGone = l == null || l.trashed();
        if (localGone && r == null) return new ItemDraft(key, ItemDraft.Kind.FORGET, b, l, null);
        if (localGone) {
            if (!remoteChanged(b, r)) return new ItemDraft(key, ItemDraft.Kind.DELETE_REMOTE, b, l, r);
            if (l == null) return recreate(key, b, r);
            ItemDraft d = sync(key, b, l.withTrashed(false), r);
            d.restore = true;
            return d;
        }
        if (r == null) {
            if (!localChanged(b, l)) return new ItemDraft(key, ItemDraft.Kind.TRASH_LOCAL, b, l, null);
            return uploadNew(key, b, l, "deleted on the service but changed in the library: the change wins");
        }
        return sync(key, b, l, r);
    }

    private ItemDraft join(LocalFile l, RemoteEntry r) {
        if (bases.hashOf(r.id(), r.version()).filter(l.hash()::equals).isPresent()) {
            // The bytes are known to match: link them as if a base said so, and merge the rest.
            BaseEntry virtual = new BaseEntry(l.id(), r.id(), l.path(), l.hash(), r.version(), r.size(), r.updated(),
                    Attributes.NONE);
            ItemDraft d = sync(l.id(), virtual, l, r);
            d.recovered = true;
            return d;
        }
        ItemDraft d = new ItemDraft(l.id(), ItemDraft.Kind.JOIN, null, l, r);
        d.target = l.path();
        return d;
    }

    private static ItemDraft uploadNew(String key, BaseEntry b, LocalFile l, String reason) {
        ItemDraft d = new ItemDraft(key, ItemDraft.Kind.UPLOAD_NEW, b, l, null);
        d.target = l.path();
        d.reason = reason;
        return d;
    }

    /** The asset is gone from the library altogether (not just trashed) while the service changed it. */
    private static ItemDraft recreate(String key, BaseEntry b, RemoteEntry r) {
        ItemDraft d = new ItemDraft(key, ItemDraft.Kind.DOWNLOAD_NEW, b, null, r);
        d.downloadId = b.localId();
        d.target = r.path();
        d.reason = "gone from the library but changed on the service: the change wins";
        return d;
    }

    private ItemDraft sync(String key, BaseEntry b, LocalFile l, RemoteEntry r) {
        ItemDraft d = new ItemDraft(key, ItemDraft.Kind.SYNC, b, l, r);
        d.content = content(b, l, r);
        d.target = path(d, b, l, r);
        AttributeMerge.Result merged = AttributeMerge.merge(b.attributes(), l.attributes(), r.attributes());
        d.merged = merged.merged();
        merged.collisions().forEach(d::conflict);
        return d;
    }

    private ItemDraft.Content content(BaseEntry b, LocalFile l, RemoteEntry r) {
        Optional<String> remoteHash = bases.hashOf(r.id(), r.version());
        if (remoteHash.filter(l.hash()::equals).isPresent()) return ItemDraft.Content.SAME;
        boolean localEdit = !l.hash().equals(b.hash());
        boolean remoteEdit = remoteContentChanged(b, r);
        if (localEdit && remoteEdit) return ItemDraft.Content.CONFLICT;
        if (localEdit) return ItemDraft.Content.UPLOAD;
        return remoteEdit ? ItemDraft.Content.DOWNLOAD : ItemDraft.Content.SAME;
    }

    private static String path(ItemDraft d, BaseEntry b, LocalFile l, RemoteEntry r) {
        boolean localMove = !l.path().equals(b.path());
        boolean remoteMove = !r.path().equals(b.path());
        if (localMove && remoteMove && !l.path().equals(r.path())) {
            d.conflict("moved on both sides: kept the library's " + l.path() + " (the service had " + r.path() + ")");
        }
        return localMove || !remoteMove ? l.path() : r.path();
    }

    private boolean remoteContentChanged(BaseEntry b, RemoteEntry r) {
        if (r.version().equals(b.version()) && r.size() == b.size()) return false;
        return bases.hashOf(r.id(), r.version()).filter(b.hash()::equals).isEmpty();
    }

    private boolean remoteChanged(BaseEntry b, RemoteEntry r) {
        return remoteContentChanged(b, r) || !r.path().equals(b.path()) || !r.attributes().equals(b.attributes());
    }

    private static boolean localChanged(BaseEntry b, LocalFile l) {
        return !l.hash().equals(b.hash()) || !l.path().equals(b.path()) || !l.attributes().equals(b.attributes());
    }
}
