package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One item of the three snapshots: a base entry with whatever each side still has of it, or a
 * file only one side has, or two new files that are one (same path on both sides, or an asset
 * whose id says it was downloaded from that file). Any part may be null. A {@code recovered} base
 * was rebuilt, not read: it is stored even when nothing else changes.
 */
record Pairing(String key, BaseEntry base, LocalFile local, RemoteEntry remote, boolean join, boolean recovered) {

    /**
     * Whether nothing changed on either side since the base: the asset is live and at the base's
     * path with its content and attributes, and the service's file is at that path with the base's
     * version, size, update time and attributes. Such an item plans to nothing.
     */
    boolean unchanged() {
        return base != null && !recovered && !join && local != null && !local.trashed() && remote != null
                && local.path().equals(base.path()) && local.hash().equals(base.hash()) && local.attributes().equals(base.attributes())
                && remote.path().equals(base.path()) && remote.version().equals(base.version()) && remote.size() == base.size()
                && java.util.Objects.equals(remote.updated(), base.remoteUpdated()) && remote.attributes().equals(base.attributes());
    }

    static List<Pairing> of(LocalSnapshot local, RemoteSnapshot remote, BaseSnapshot base) {
        List<Pairing> out = new ArrayList<>();
        Set<String> usedLocal = new HashSet<>();
        Set<String> usedRemote = new HashSet<>();
        for (BaseEntry b : base.entries()) {
            LocalFile l = local.byId().get(b.localId());
            RemoteEntry r = remote.byId().get(b.remoteId());
            usedLocal.add(b.localId());
            usedRemote.add(b.remoteId());
            out.add(new Pairing(b.localId(), b, l, r, false, false));
        }
        unbased(local, remote, usedLocal, usedRemote, out);
        return out;
    }

    private static void unbased(LocalSnapshot local, RemoteSnapshot remote, Set<String> usedLocal, Set<String> usedRemote,
            List<Pairing> out) {
        Map<String, LocalFile> localByPath = new HashMap<>();
        for (LocalFile l : local.files()) {
            if (!usedLocal.contains(l.id()) && !l.trashed()) localByPath.put(l.path(), l);
        }
        for (RemoteEntry r : remote.entries()) {
            if (usedRemote.contains(r.id())) continue;
            LocalFile derived = local.byId().get(DerivedIds.download(r.id()));
            if (derived != null && !usedLocal.contains(derived.id())) {
                out.add(downloaded(derived, r));
                usedLocal.add(derived.id());
                localByPath.remove(derived.path());
            } else if (localByPath.containsKey(r.path())) {
                LocalFile l = localByPath.remove(r.path());
                usedLocal.add(l.id());
                out.add(new Pairing(l.id(), null, l, r, true, false));
            } else {
                out.add(new Pairing("remote:" + r.id(), null, null, r, false, false));
            }
        }
        for (LocalFile l : local.files()) {
            if (!usedLocal.contains(l.id()) && !l.trashed()) out.add(new Pairing(l.id(), null, l, null, false, false));
        }
    }

    /**
     * An asset made from this file by a run that stopped before recording the pairing. The base is
     * rebuilt without a version (which one was downloaded is known only if its hash was recorded, and
     * then the planner finds it) and without attributes (so both sides' merge as for a join).
     */
    private static Pairing downloaded(LocalFile l, RemoteEntry r) {
        BaseEntry virtual = new BaseEntry(l.id(), r.id(), r.path(), l.hash(), "", r.size(), r.updated(), Attributes.NONE);
        return new Pairing(l.id(), virtual, l, r, false, true);
    }
}
