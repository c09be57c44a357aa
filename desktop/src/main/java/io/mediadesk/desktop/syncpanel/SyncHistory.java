package io.mediadesk.desktop.syncpanel;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs the sync panel made on this library, newest first, at most {@value #KEPT}. The sync
 * module journals steps, not runs, so the panel keeps this short history itself.
 */
public record SyncHistory(List<SyncRun> runs) {
    static final int KEPT = 50;

    public SyncHistory {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    SyncHistory with(SyncRun run) {
        List<SyncRun> all = new ArrayList<>();
        all.add(run);
        all.addAll(runs);
        return new SyncHistory(all.subList(0, Math.min(KEPT, all.size())));
    }
}
