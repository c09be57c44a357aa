package io.mediadesk.sync.sim;

import java.util.List;
import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.sync.snapshot.LocalFile;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The simulation's checks of the sync invariants (docs in shared reliability.md, invariants 1, 3 and 6). */
final class Invariants {
    private Invariants() {
    }

    /** Invariant 6: every visible content, on either side, is whole content someone made; never a torn fragment. */
    static void nothingPartial(MemoryLibrary library, MemoryService service, Set<String> contents) {
        for (LocalFile a : library.assets.values()) {
            byte[] data = library.originals.get(a.hash());
            check(data != null && Bytes.sha256(data).equals(a.hash()) && data.length == a.size(), "asset " + a.path()
                    + " does not hold whole content");
            check(contents.contains(a.hash()), "asset " + a.path() + " holds content nobody made (a partial download?)");
        }
        service.files.values().forEach(f -> f.versions.forEach(v ->
                check(contents.contains(v.hash()), "service file " + f.path + " holds content nobody made")));
    }

    /** Invariant 1: every content seen on either side before a sync is still somewhere, unless a person deleted it on the service. */
    static void nothingLost(Set<String> observed, MemoryLibrary library, MemoryService service, Set<String> destroyedByUsers) {
        Set<String> present = new HashSet<>(library.originals.keySet());
        service.files.values().forEach(f -> f.versions.forEach(v -> present.add(v.hash())));
        for (String h : observed) {
            check(present.contains(h) || destroyedByUsers.contains(h), "content " + h.substring(0, 12) + " was lost");
        }
    }

    /** Invariant 3: the base pairs every live asset with one service file, and both hold what it says. */
    static void converged(MemoryLibrary library, MemoryService service, MemoryLedger ledger) {
        converged(library, service, ledger.base.values().stream().filter(b -> !io.mediadesk.sync.settings.SettingsLedger.isSettings(b)).toList());
    }

    private static void converged(MemoryLibrary library, MemoryService service, List<BaseRecord> baseRows) {
        long live = library.assets.values().stream().filter(a -> !a.trashed()).count();
        check(live == baseRows.size(), live + " live assets but " + baseRows.size() + " base entries: "
                + library.assets.values() + " / " + baseRows.stream().map(Simulation::describe).toList());
        check(service.files.size() == baseRows.size(), service.files.size() + " service files but " + baseRows.size()
                + " base entries");
        for (BaseRecord b : baseRows) {
            LocalFile a = library.assets.get(b.localId());
            MemoryService.File f = service.files.get(b.remoteId());
            String what = Simulation.describe(b);
            check(a != null && !a.trashed() && a.path().equals(b.path()) && a.hash().equals(b.contentHash()), "library differs: " + what);
            check(f != null && f.path.equals(b.path()) && f.current().hash().equals(b.contentHash()), "service differs: " + what
                    + (f == null ? " (missing)" : " (has " + f.path + " " + f.current().hash().substring(0, 8) + ")"));
        }
    }

    static String fingerprint(MemoryLibrary library, MemoryService service) {
        return library.assets.toString() + service.files.values().stream()
                .map(f -> f.id + f.path + f.versions.size() + f.attributes).collect(Collectors.joining(","));
    }

    private static void check(boolean ok, String message) {
        if (!ok) throw new AssertionError(message);
    }
}
