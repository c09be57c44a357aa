package io.mediadesk.sync.run;

import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.plan.Action;
import io.mediadesk.sync.plan.DerivedIds;
import io.mediadesk.sync.plan.Side;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.RemoteEntry;

/**
 * Applies one step through the ports and returns the item's base draft as the step leaves it.
 * Before a step overwrites something it reads it again and refuses if it changed since the plan
 * (the Trinity race); every download is verified before it becomes visible ({@link Verification});
 * every content transfer records which hash the service's version holds.
 */
final class StepRunner {
    private final LocalSide local;
    private final RemoteSide remote;
    private final SyncLedger ledger;

    StepRunner(LocalSide local, RemoteSide remote, SyncLedger ledger) {
        this.local = local;
        this.remote = remote;
        this.ledger = ledger;
    }

    BaseEntry apply(Action step, BaseEntry draft) {
        if (step instanceof Action.Upload u) return upload(u.localId(), u.hash(), u.path(), u.attributes(), true, draft);
        if (step instanceof Action.UploadVersion u) return upload(u.localId(), u.hash(), u.path(), u.attributes(), false, draft);
        if (step instanceof Action.Download d) return download(d, draft);
        if (step instanceof Action.DownloadVersion d) return downloadVersion(d, draft);
        if (step instanceof Action.Move m) return move(m, draft);
        if (step instanceof Action.Update u) return update(u, draft);
        if (step instanceof Action.Trash t) return run(() -> local.trash(t.localId()), draft);
        if (step instanceof Action.Restore r) return run(() -> local.restore(r.localId()), draft);
        if (step instanceof Action.Delete d) return run(() -> delete(d), draft);
        return join((Action.Join) step, draft);
    }

    private static BaseEntry run(Runnable effect, BaseEntry draft) {
        effect.run();
        return draft;
    }

    private BaseEntry upload(String localId, String hash, String path, io.mediadesk.sync.snapshot.Attributes attributes,
            boolean newFile, BaseEntry draft) {
        LocalFile now = current(localId);
        if (!now.hash().equals(hash)) throw new ChangedMeanwhileException(now.path() + " was edited in the library since the plan");
        RemoteEntry entry;
        try (Content content = local.content(localId)) {
            Verification.check(content, now.size(), java.util.Optional.of(hash), now.path());
            entry = remote.upload(path, content, attributes, newFile);
        }
        ledger.putVersionHash(entry.id(), entry.version(), hash);
        return draft == null ? null : draft.withRemote(entry);
    }

    private BaseEntry download(Action.Download d, BaseEntry draft) {
        String hash = local.find(d.localId()).map(LocalFile::hash).orElse(null);
        if (hash == null) {
            // Not there yet: a run that created it and then stopped has left it under the same id.
            try (Content content = remote.download(d.remoteId())) {
                Verification.check(content, d.size(), d.expectedHash(), d.path());
                // Recorded first: a run stopped right after the create still knows which version the asset holds.
                ledger.putVersionHash(d.remoteId(), d.version(), content.hash());
                local.create(d.localId(), d.path(), content, d.attributes());
                hash = content.hash();
            }
        }
        return draft != null && draft.localId().equals(d.localId()) ? draft.withContent(hash) : draft;
    }

    private BaseEntry downloadVersion(Action.DownloadVersion d, BaseEntry draft) {
        if (!current(d.localId()).hash().equals(d.replaces())) {
            throw new ChangedMeanwhileException(d.path() + " was edited in the library since the plan; the next sync keeps both");
        }
        String hash;
        try (Content content = remote.download(d.remoteId())) {
            Verification.check(content, d.size(), d.expectedHash(), d.path());
            hash = content.hash();
            // Recorded first: a run killed right after the replace still knows the asset holds that version;
            // recorded after, the next plan saw both sides changed and kept a needless conflict copy (SyncKillTest).
            ledger.putVersionHash(d.remoteId(), d.version(), hash);
            local.replaceContent(d.localId(), content);
        }
        return draft == null ? null : draft.withContent(hash);
    }

    /**
     * Deleting a file deletes all its versions. Those whose bytes the library holds stay among its
     * originals; the others are fetched and kept there first.
     */
    private void delete(Action.Delete d) {
        java.util.Map<String, String> known = ledger.versionHashes();
        for (String version : remote.olderVersions(d.remoteId())) {
            String hash = known.get(d.remoteId() + "/" + version);
            if (hash != null && local.holds(hash)) continue;
            try (Content content = remote.downloadVersion(d.remoteId(), version)) {
                local.keep(content);
                ledger.putVersionHash(d.remoteId(), version, content.hash());
            }
        }
        remote.delete(d.remoteId());
    }

    private BaseEntry move(Action.Move m, BaseEntry draft) {
        if (m.side() == Side.LOCAL) {
            if (!current(m.id()).path().equals(m.path())) throw new ChangedMeanwhileException(m.path() + " moved in the library since the plan");
            local.move(m.id(), m.to());
            return draft;
        }
        RemoteEntry entry = remote.move(m.id(), m.path(), m.to());
        return draft == null || !draft.remoteId().equals(entry.id()) ? draft : draft.withRemoteKeepingVersion(entry);
    }

    private BaseEntry update(Action.Update u, BaseEntry draft) {
        if (u.side() == Side.LOCAL) {
            if (!current(u.id()).attributes().equals(u.from())) {
                throw new ChangedMeanwhileException(u.path() + " was edited in the library since the plan");
            }
            local.setAttributes(u.id(), u.to());
            return draft;
        }
        RemoteEntry entry = remote.update(u.id(), u.from(), u.to());
        return draft == null ? null : draft.withRemoteKeepingVersion(entry);
    }

    private BaseEntry join(Action.Join j, BaseEntry draft) {
        try (Content content = remote.download(j.remoteId())) {
            Verification.check(content, j.remoteSize(), java.util.Optional.empty(), j.path());
            ledger.putVersionHash(j.remoteId(), j.version(), content.hash());
            if (content.hash().equals(j.localHash())) return draft;
            String copy = DerivedIds.conflictCopy(j.remoteId(), j.version());
            if (local.find(copy).isEmpty()) local.create(copy, j.conflictPath(), content, j.remoteAttributes());
        }
        return upload(j.localId(), j.localHash(), j.path(), j.uploadAttributes(), false, draft);
    }

    private LocalFile current(String id) {
        return local.find(id).orElseThrow(() -> new ChangedMeanwhileException("asset " + id + " left the library since the plan"));
    }
}
