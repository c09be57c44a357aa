package io.mediadesk.sync.run;

import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles what a run left unsettled in the journal before the next plan, so no finished work is
 * redone. Only uploads need it: every other step is either visible in the snapshots (a move, a
 * trash, a download under its derived id) or safe to plan again. An upload begun and never
 * finished, or failed in a way that may have taken effect, is looked for on the service: a file
 * at its path (a new file) or a new version of its file (a new version), of its size, no older
 * than the attempt minus clock skew, is taken to be ours, the way the client reconciles a lost
 * answer. Pure: the session stores the result.
 */
final class Recovery {
    static final Duration SKEW = Duration.ofSeconds(30);

    record Outcome(Map<String, String> versionHashes, List<BaseEntry> links) {
    }

    private Recovery() {
    }

    static Outcome of(List<JournalRecord> unsettled, RemoteSnapshot remote, BaseSnapshot base) {
        Map<String, String> hashes = new LinkedHashMap<>();
        List<BaseEntry> links = new ArrayList<>();
        Set<String> paired = new HashSet<>();
        base.entries().forEach(e -> paired.add(e.remoteId()));
        for (JournalRecord j : unsettled) {
            if (!j.action().equals("upload")) continue;
            RemoteEntry r = j.remoteId() == null || j.remoteId().isEmpty() ? atPath(remote, j.path(), paired)
                    : remote.find(j.remoteId()).orElse(null);
            if (r == null || r.size() != j.size() || r.updated() == null || r.updated().isBefore(j.at().minus(SKEW))) continue;
            String key = BaseSnapshot.versionKey(r.id(), r.version());
            if (base.versionHashes().containsKey(key)) continue;
            hashes.put(key, j.contentHash());
            if (j.remoteId() == null || j.remoteId().isEmpty()) {
                links.add(new BaseEntry(j.localId(), r.id(), r.path(), j.contentHash(), r.version(), r.size(), r.updated(),
                        Attributes.NONE));
                paired.add(r.id());
            }
        }
        return new Outcome(hashes, links);
    }

    private static RemoteEntry atPath(RemoteSnapshot remote, String path, Set<String> paired) {
        for (RemoteEntry r : remote.entries()) {
            if (r.path().equals(path) && !paired.contains(r.id())) return r;
        }
        return null;
    }

    /** Applies an outcome to a base in memory: what a dry run plans with, since it must not write. */
    static BaseSnapshot applied(BaseSnapshot base, Outcome outcome) {
        List<BaseEntry> entries = new ArrayList<>(base.entries());
        entries.addAll(outcome.links());
        Map<String, String> hashes = new LinkedHashMap<>(base.versionHashes());
        hashes.putAll(outcome.versionHashes());
        return BaseSnapshot.of(entries, hashes);
    }
}
