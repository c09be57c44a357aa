package io.mediadesk.sync.run;

import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.sync.plan.Action;
import io.mediadesk.sync.plan.Side;
import java.time.Instant;

/** The journal line of a step: what it is, which ids, and for uploads the content and size that {@link Recovery} looks for. */
final class JournalLines {
    private JournalLines() {
    }

    static JournalRecord begin(String run, Action step, Instant at) {
        if (step instanceof Action.Upload u) return line(run, "upload", u.localId(), null, u.path(), u.hash(), u.size(), at);
        if (step instanceof Action.UploadVersion u) {
            return line(run, "upload", u.localId(), u.remoteId(), u.path(), u.hash(), u.size(), at);
        }
        if (step instanceof Action.Download d) return line(run, "download", d.localId(), d.remoteId(), d.path(), null, d.size(), at);
        if (step instanceof Action.DownloadVersion d) {
            return line(run, "download", d.localId(), d.remoteId(), d.path(), null, d.size(), at);
        }
        if (step instanceof Action.Join j) return line(run, "join", j.localId(), j.remoteId(), j.path(), j.localHash(), j.localSize(), at);
        if (step instanceof Action.Move m) {
            return line(run, "move " + m.side().word() + " -> " + m.to(), m.side() == Side.LOCAL ? m.id() : null,
                    m.side() == Side.REMOTE ? m.id() : null, m.path(), null, 0, at);
        }
        if (step instanceof Action.Update u) {
            return line(run, "update " + u.side().word(), u.side() == Side.LOCAL ? u.id() : null, u.side() == Side.REMOTE ? u.id() : null,
                    u.path(), null, 0, at);
        }
        if (step instanceof Action.Trash t) return line(run, "trash", t.localId(), null, t.path(), null, 0, at);
        if (step instanceof Action.Restore r) return line(run, "restore", r.localId(), null, r.path(), null, 0, at);
        Action.Delete d = (Action.Delete) step;
        return line(run, "delete", null, d.remoteId(), d.path(), null, 0, at);
    }

    /** Whether a failure of this step may still have taken effect on the service (an answer lost after the upload went out). */
    static boolean mayHaveTakenEffect(Action step) {
        return step instanceof Action.Upload || step instanceof Action.UploadVersion || step instanceof Action.Join;
    }

    private static JournalRecord line(String run, String action, String localId, String remoteId, String path, String hash,
            long size, Instant at) {
        return JournalRecord.begin(run, action, localId, remoteId, path, hash, size, at);
    }
}
