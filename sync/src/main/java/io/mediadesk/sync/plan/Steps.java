package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a decided and placed item into its ordered steps and the base it leaves. Within an item:
 * restore first (so later steps find the asset), the conflict copy before anything overwrites the
 * service's content, moves before content and attributes (which are written at the new path), and
 * an upload carries the merged attributes, because the service drops tags and metadata an upload
 * over a file does not repeat.
 */
final class Steps {
    private final BaseSnapshot bases;

    Steps(BaseSnapshot bases) {
        this.bases = bases;
    }

    ItemPlan build(ItemDraft d) {
        List<Action> steps = new ArrayList<>();
        BaseOutcome outcome = switch (d.kind) {
            case SYNC -> sync(d, steps);
            case UPLOAD_NEW -> d.deferred ? keep() : uploadNew(d, steps);
            case DOWNLOAD_NEW -> d.deferred ? keep() : downloadNew(d, steps);
            case JOIN -> d.deferred ? keep() : join(d, steps);
            case DELETE_REMOTE -> {
                steps.add(new Action.Delete(d.remote.id(), d.remote.path()));
                yield new BaseOutcome.Forget(d.base.localId());
            }
            case TRASH_LOCAL -> {
                steps.add(new Action.Trash(d.local.id(), d.local.path()));
                yield new BaseOutcome.Forget(d.base.localId());
            }
            case FORGET -> new BaseOutcome.Forget(d.base.localId());
        };
        return new ItemPlan(d.key, d.path(), steps, outcome, d.notes, Optional.ofNullable(d.conflict));
    }

    private static BaseOutcome keep() {
        return new BaseOutcome.Keep();
    }

    private BaseOutcome sync(ItemDraft d, List<Action> steps) {
        LocalFile l = d.local;
        RemoteEntry r = d.remote;
        Optional<String> remoteHash = bases.hashOf(r.id(), r.version());
        String localPath = d.deferred ? l.path() : d.target;
        String remotePath = d.deferred ? r.path() : d.target;
        if (d.restore) steps.add(new Action.Restore(l.id(), l.path()));
        if (d.content == ItemDraft.Content.CONFLICT) {
            steps.add(new Action.Download(r.id(), DerivedIds.conflictCopy(r.id(), r.version()), d.conflictPath, r.version(),
                    r.size(), remoteHash, r.attributes(), "conflict copy: the service's content of " + r.path()));
            d.notes.add(0, Note.conflict(d.path(), "content changed on both sides: the library's is the current version, "
                    + "the service's is kept as " + d.conflictPath));
        }
        if (!r.path().equals(remotePath)) steps.add(new Action.Move(Side.REMOTE, r.id(), r.path(), remotePath));
        if (!l.path().equals(localPath)) steps.add(new Action.Move(Side.LOCAL, l.id(), l.path(), localPath));
        boolean upload = d.content == ItemDraft.Content.UPLOAD || d.content == ItemDraft.Content.CONFLICT;
        if (upload) {
            steps.add(new Action.UploadVersion(l.id(), r.id(), remotePath, l.hash(), l.size(), d.merged));
        } else if (!r.attributes().equals(d.merged)) {
            steps.add(new Action.Update(Side.REMOTE, r.id(), remotePath, r.attributes(), d.merged));
        }
        if (d.content == ItemDraft.Content.DOWNLOAD) {
            steps.add(new Action.DownloadVersion(l.id(), r.id(), localPath, r.version(), r.size(), l.hash(), remoteHash));
        }
        if (!l.attributes().equals(d.merged)) steps.add(new Action.Update(Side.LOCAL, l.id(), localPath, l.attributes(), d.merged));
        // What only the steps learn stays blank in the draft: a download's hash, an upload's version.
        String hash = d.content == ItemDraft.Content.DOWNLOAD ? remoteHash.orElse("") : l.hash();
        String version = upload ? "" : r.version();
        String basePath = d.deferred ? d.base.path() : d.target;
        BaseEntry after = new BaseEntry(l.id(), r.id(), basePath, hash, version, r.size(), r.updated(), d.merged);
        return after.equals(d.base) && !d.restore && !d.recovered ? keep() : new BaseOutcome.Put(after);
    }

    private static BaseOutcome uploadNew(ItemDraft d, List<Action> steps) {
        LocalFile l = d.local;
        if (!l.path().equals(d.target)) steps.add(new Action.Move(Side.LOCAL, l.id(), l.path(), d.target));
        steps.add(new Action.Upload(l.id(), d.target, l.hash(), l.size(), l.attributes(), d.reason));
        return new BaseOutcome.Put(new BaseEntry(l.id(), "", d.target, l.hash(), "", l.size(), null, l.attributes()));
    }

    private BaseOutcome downloadNew(ItemDraft d, List<Action> steps) {
        RemoteEntry r = d.remote;
        Optional<String> remoteHash = bases.hashOf(r.id(), r.version());
        if (!r.path().equals(d.target)) steps.add(new Action.Move(Side.REMOTE, r.id(), r.path(), d.target));
        steps.add(new Action.Download(r.id(), d.downloadId, d.target, r.version(), r.size(), remoteHash, r.attributes(), d.reason));
        return new BaseOutcome.Put(new BaseEntry(d.downloadId, r.id(), d.target, remoteHash.orElse(""), r.version(), r.size(),
                r.updated(), r.attributes()));
    }

    private static BaseOutcome join(ItemDraft d, List<Action> steps) {
        LocalFile l = d.local;
        RemoteEntry r = d.remote;
        Attributes both = AttributeMerge.merge(Attributes.NONE, l.attributes(), r.attributes()).merged();
        steps.add(new Action.Join(l.id(), r.id(), l.path(), l.hash(), l.size(), r.version(), r.size(), d.conflictPath,
                r.attributes(), both));
        return new BaseOutcome.Put(new BaseEntry(l.id(), r.id(), l.path(), l.hash(), r.version(), r.size(), r.updated(),
                Attributes.NONE));
    }
}
