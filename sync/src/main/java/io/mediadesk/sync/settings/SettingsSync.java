package io.mediadesk.sync.settings;

import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.plan.PlanOptions;
import java.time.Clock;
import java.util.List;

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
        return observe(ledger.base());
    }

    /** With the ledger's base rows already read (a session reads them once for assets and settings). */
    public SettingsSnapshot observe(List<BaseRecord> rows) {
        SettingsLedger base = new SettingsLedger(ledger);
        return new SettingsSnapshot(local.presets(), local.presetNames(), remote.presets(), base.presets(rows), local.fields(),
                remote.fields(), base.fields(rows));
    }

    public SettingsPlan plan(PlanOptions options) {
        return new SettingsPlanner().plan(observe(), options);
    }

    public SettingsPlan plan(List<BaseRecord> rows, PlanOptions options) {
        return new SettingsPlanner().plan(observe(rows), options);
    }

    public SettingsReport run(SettingsPlan plan, String runId) {
        return new SettingsExecutor(local, remote, ledger, clock).run(plan, runId);
    }
}
