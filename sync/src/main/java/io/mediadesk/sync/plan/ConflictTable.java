package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What happens to one item, by what each side did since the base (docs/ARCHITECTURE.md has the
 * table). A delete meets no change: the delete goes through. A delete meets an edit: the edit wins.
 * Content edited on both sides: both kept, the library's as the current content and the service's
 * as a conflict copy. Paths and attributes merge field by field ({@link AttributeMerge}).
 * A person's {@link Resolution} for the item ({@link PlanOptions#resolution}) changes only what
 * collided: content edited on both sides comes from the chosen side alone (the other side's
 * content stays an earlier version there), a field or a move changed differently on both sides
 * takes the chosen side's value, and an edit meeting a delete lets the delete win when the
 * deleting side is chosen. Every such item carries a {@link Conflict} with both sides.
 */
final class ConflictTable {
    private static final List<Resolution> THREE = List.of(Resolution.KEEP_BOTH, Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE);
    private static final List<Resolution> TWO = List.of(Resolution.KEEP_LIBRARY, Resolution.KEEP_SERVICE);

    private final BaseSnapshot bases;
    private final PlanOptions options;

    ConflictTable(BaseSnapshot bases, PlanOptions options) {
        this.bases = bases;
        this.options = options;
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
            Resolution choice = options.resolution(key);
            ItemDraft d;
            if (choice == Resolution.KEEP_LIBRARY) {
                d = new ItemDraft(key, ItemDraft.Kind.DELETE_REMOTE, b, l, r);
                d.conflict("deleted in the library, changed on the service: the delete is kept, as chosen");
            } else if (l == null) {
                d = recreate(key, b, r);
            } else {
                d = sync(key, b, l.withTrashed(false), r);
                d.restore = true;
            }
            return disputed(d, Conflict.Kind.LIBRARY_DELETED, l, r, choice, Resolution.KEEP_SERVICE);
        }
        if (r == null) {
            if (!localChanged(b, l)) return new ItemDraft(key, ItemDraft.Kind.TRASH_LOCAL, b, l, null);
            Resolution choice = options.resolution(key);
            ItemDraft d;
            if (choice == Resolution.KEEP_SERVICE) {
                d = new ItemDraft(key, ItemDraft.Kind.TRASH_LOCAL, b, l, null);
                d.conflict("deleted on the service, changed in the library: the delete is kept, as chosen");
            } else {
                d = uploadNew(key, b, l, "deleted on the service but changed in the library: the change wins");
            }
            return disputed(d, Conflict.Kind.SERVICE_DELETED, l, null, choice, Resolution.KEEP_LIBRARY);
        }
        return sync(key, b, l, r);
    }

    /** Marks an edit-versus-delete item: two choices, the edit's side by default. */
    private static ItemDraft disputed(ItemDraft d, Conflict.Kind kind, LocalFile l, RemoteEntry r, Resolution choice,
            Resolution byDefault) {
        Set<Conflict.Kind> kinds = EnumSet.of(kind);
        if (d.conflict != null) kinds.addAll(d.conflict.kinds());
        Resolution chosen = TWO.contains(choice) ? choice : byDefault;
        d.conflict = new Conflict(d.key, kinds, l, r, d.base, TWO, byDefault, chosen);
        return d;
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
        Resolution choice = options.resolution(key);
        Set<Conflict.Kind> kinds = EnumSet.noneOf(Conflict.Kind.class);
        d.content = content(b, l, r);
        if (d.content == ItemDraft.Content.CONFLICT) {
            kinds.add(Conflict.Kind.CONTENT);
            if (choice == Resolution.KEEP_LIBRARY) {
                d.content = ItemDraft.Content.UPLOAD;
                d.conflict("content changed on both sides: the library's is kept, as chosen (the service keeps its own as an"
                        + " earlier version)");
            } else if (choice == Resolution.KEEP_SERVICE) {
                d.content = ItemDraft.Content.DOWNLOAD;
                d.conflict("content changed on both sides: the service's is kept, as chosen (the library keeps its own as an"
                        + " earlier version)");
            }
        }
        d.target = path(d, b, l, r, choice == Resolution.KEEP_SERVICE, kinds);
        AttributeMerge.Result merged = AttributeMerge.merge(b.attributes(), l.attributes(), r.attributes(),
                choice == Resolution.KEEP_SERVICE);
        d.merged = merged.merged();
        merged.collisions().forEach(d::conflict);
        if (!merged.collisions().isEmpty()) kinds.add(Conflict.Kind.ATTRIBUTES);
        if (!kinds.isEmpty()) {
            // Without a content conflict there is nothing to keep twice: one side's value wins, the library's by default.
            boolean content = kinds.contains(Conflict.Kind.CONTENT);
            List<Resolution> choices = content ? THREE : TWO;
            Resolution byDefault = content ? Resolution.KEEP_BOTH : Resolution.KEEP_LIBRARY;
            d.conflict = new Conflict(key, kinds, l, r, b, choices, byDefault, choices.contains(choice) ? choice : byDefault);
        }
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

    private static String path(ItemDraft d, BaseEntry b, LocalFile l, RemoteEntry r, boolean serviceWins, Set<Conflict.Kind> kinds) {
        boolean localMove = !l.path().equals(b.path());
        boolean remoteMove = !r.path().equals(b.path());
        if (localMove && remoteMove && !l.path().equals(r.path())) {
            kinds.add(Conflict.Kind.PATH);
            if (serviceWins) {
                d.conflict("moved on both sides: kept the service's " + r.path() + ", as chosen (the library had " + l.path() + ")");
                return r.path();
            }
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
