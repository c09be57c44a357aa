package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * The pure heart of sync: three snapshots in, a {@link SyncPlan} out, no I/O, the same answer for
 * the same input. Pairs the items ({@link Pairing}), decides each by the conflict table
 * ({@link ConflictTable}), gives each a path no other item holds ({@link PathTable}), turns the
 * decisions into steps ({@link Steps}) and applies the brakes ({@link Brakes}). An item whose
 * three records agree in every field ({@link Pairing#unchanged}) is left out before deciding: it
 * would come out with no step and the same base, and it holds only paths nothing else can take
 * (the PathTable still sees it in the snapshots). In a no-op sync that is every item.
 */
public final class SyncPlanner {
    private final boolean skipUnchanged;

    public SyncPlanner() {
        this(true);
    }

    SyncPlanner(boolean skipUnchanged) {
        this.skipUnchanged = skipUnchanged;
    }

    /** A planner that decides every item, unchanged ones too, as before the shortcut: tests and benches compare the two. */
    public static SyncPlanner decidingEveryItem() {
        return new SyncPlanner(false);
    }

    public SyncPlan plan(LocalSnapshot local, RemoteSnapshot remote, BaseSnapshot base, PlanOptions options) {
        Optional<Refusal> empty = Brakes.emptySide(local, remote, base);
        if (empty.isPresent()) return SyncPlan.refused(empty.get());
        ConflictTable table = new ConflictTable(base, options);
        List<ItemDraft> drafts = Pairing.of(local, remote, base).stream().filter(p -> !skipUnchanged || !p.unchanged())
                .map(table::decide).toList();
        new PathTable(local, remote, drafts).resolve(drafts);
        Steps steps = new Steps(base);
        List<ItemPlan> items = drafts.stream().map(steps::build).toList();
        return new SyncPlan(items, Brakes.deletions(items, base, options));
    }
}
