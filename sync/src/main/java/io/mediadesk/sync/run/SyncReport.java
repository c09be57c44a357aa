package io.mediadesk.sync.run;

import java.util.List;

/** What a run did: how many steps it applied, and the items that failed (each retried by the next sync). */
public record SyncReport(int applied, List<ItemFailure> failures) {
    public static final SyncReport NOTHING = new SyncReport(0, List.of());

    public SyncReport {
        failures = List.copyOf(failures);
    }
}
