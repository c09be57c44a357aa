package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every item that ends up on both sides a path no other item holds on either side, so no
 * step ever lands on another file: on the service an upload or a move onto a taken name would add
 * versions to that other file. Items already in place keep their paths. An item whose target is
 * held by an item that moves away in this plan waits for the next sync (steps of different items
 * are not ordered); an item whose target is held for good, or that waits in a circle, gets a
 * conflict name ({@code photo_conflict-1.jpg}) on both sides.
 */
final class PathTable {
    private static final int MAX_CHAIN = 64;

    private final Map<String, String> localAt = new HashMap<>();
    private final Map<String, String> remoteAt = new HashMap<>();
    private final Map<String, ItemDraft> byLocalId = new HashMap<>();
    private final Map<String, ItemDraft> byRemoteId = new HashMap<>();
    private final Map<String, String> claims = new HashMap<>();

    PathTable(LocalSnapshot local, RemoteSnapshot remote, List<ItemDraft> drafts) {
        for (LocalFile l : local.files()) localAt.put(l.path(), l.id());
        for (RemoteEntry r : remote.entries()) remoteAt.put(r.path(), r.id());
        for (ItemDraft d : drafts) {
            if (d.local != null) byLocalId.put(d.local.id(), d);
            if (d.remote != null) byRemoteId.put(d.remote.id(), d);
        }
    }

    void resolve(List<ItemDraft> drafts) {
        List<ItemDraft> placed = drafts.stream().filter(ItemDraft::placed)
                .sorted(Comparator.comparing((ItemDraft d) -> !d.staysPut()).thenComparing(d -> d.key)).toList();
        for (ItemDraft d : placed) place(d);
        for (ItemDraft d : placed) {
            // A deferred item still keeps both contents: only its move waits.
            if (d.content == ItemDraft.Content.CONFLICT || d.kind == ItemDraft.Kind.JOIN && !d.deferred) {
                d.conflictPath = freeName(d.target);
                claims.put(d.conflictPath, d.key + "#copy");
            }
        }
    }

    private void place(ItemDraft d) {
        Set<ItemDraft> blockers = blockers(d, d.target);
        if (blockers == null) {
            claims.put(d.target, d.key);
        } else if (!blockers.isEmpty() && !circular(d, blockers)) {
            d.deferred = true;
            d.notes.add(Note.waits(d.path(), d.target + " is still taken by a file that moves away in this sync; done by the next one"));
            if (d.local != null) claims.putIfAbsent(d.local.path(), d.key);
            if (d.remote != null) claims.putIfAbsent(d.remote.path(), d.key);
        } else {
            String renamed = freeName(d.target);
            d.conflict(d.target + " is taken by another file: kept as " + renamed);
            d.target = renamed;
            claims.put(renamed, d.key);
        }
    }

    /**
     * Null when {@code path} is free for {@code d}; the items that hold it and will move away; or an
     * empty set when something holds it for good (a claim, a file that stays, one in the trash).
     */
    private Set<ItemDraft> blockers(ItemDraft d, String path) {
        String claim = claims.get(path);
        if (claim != null && !claim.equals(d.key)) return Set.of();
        Set<ItemDraft> movers = new HashSet<>();
        boolean held = holder(localAt.get(path), d.local == null ? null : d.local.id(), byLocalId, path, movers)
                | holder(remoteAt.get(path), d.remote == null ? null : d.remote.id(), byRemoteId, path, movers);
        if (!held) return null;
        return movers.size() == countHolders(d, path) ? movers : Set.of();
    }

    private static boolean holder(String occupant, String own, Map<String, ItemDraft> drafts, String path, Set<ItemDraft> movers) {
        if (occupant == null || occupant.equals(own)) return false;
        ItemDraft other = drafts.get(occupant);
        if (other != null && other.placed() && !other.deferred && !path.equals(other.target)) movers.add(other);
        return true;
    }

    private int countHolders(ItemDraft d, String path) {
        int n = 0;
        String l = localAt.get(path);
        if (l != null && (d.local == null || !l.equals(d.local.id()))) n++;
        String r = remoteAt.get(path);
        if (r != null && (d.remote == null || !r.equals(d.remote.id()))) n++;
        return n;
    }

    /** Whether following "waits for" from {@code d} comes back to {@code d}: then waiting never ends. */
    private boolean circular(ItemDraft d, Set<ItemDraft> blockers) {
        Set<ItemDraft> seen = new HashSet<>();
        List<ItemDraft> frontier = List.copyOf(blockers);
        for (int step = 0; step < MAX_CHAIN && !frontier.isEmpty(); step++) {
            List<ItemDraft> next = new java.util.ArrayList<>();
            for (ItemDraft b : frontier) {
                if (b == d) return true;
                if (!seen.add(b)) continue;
                Set<ItemDraft> further = blockersIgnoringClaims(b);
                if (further != null) next.addAll(further);
            }
            frontier = next;
        }
        return !frontier.isEmpty();
    }

    private Set<ItemDraft> blockersIgnoringClaims(ItemDraft b) {
        Set<ItemDraft> movers = new HashSet<>();
        holder(localAt.get(b.target), b.local == null ? null : b.local.id(), byLocalId, b.target, movers);
        holder(remoteAt.get(b.target), b.remote == null ? null : b.remote.id(), byRemoteId, b.target, movers);
        return movers;
    }

    /** {@code /a/photo_conflict-1.jpg}, the first number free on both sides and in this plan. */
    String freeName(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String stem = dot > slash + 1 ? path.substring(0, dot) : path;
        String ext = dot > slash + 1 ? path.substring(dot) : "";
        for (int n = 1; ; n++) {
            String candidate = stem + "_conflict-" + n + ext;
            if (!claims.containsKey(candidate) && !localAt.containsKey(candidate) && !remoteAt.containsKey(candidate)) {
                return candidate;
            }
        }
    }
}
