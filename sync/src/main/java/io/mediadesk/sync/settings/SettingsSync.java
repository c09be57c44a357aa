package io.mediadesk.sync.settings;

import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.plan.PlanOptions;
import java.time.Clock;

/** Observes the three settings snapshots, plans, and runs: the settings half of a sync session. */
public final class SettingsSync {
    private final LocalSettings local;
    private final RemoteSettings remote;
    private final SyncLedger ledger;
    private final Clock clock;

    public SettingsSync(LocalSettings local, RemoteSettings remote, SyncLedger ledger, Clock clock) {
        this.local = local;
        this.remote = remote;
        this.ledger = ledger;
        this.clock = clock;
    }

    public SettingsSnapshot observe() {
        var rows = ledger.base();
        SettingsLedger base = new SettingsLedger(ledger);
        return new SettingsSnapshot(local.presets(), local.presetNames(), remote.presets(), base.presets(rows), local.fields(),
                remote.fields(), base.fields(rows));
    }

    public SettingsPlan plan(PlanOptions options) {
        return new SettingsPlanner().plan(observe(), options);
    }

    public SettingsReport run(SettingsPlan plan, String runId) {
        return new SettingsExecutor(local, remote, ledger, clock).run(plan, runId);
    }
}
