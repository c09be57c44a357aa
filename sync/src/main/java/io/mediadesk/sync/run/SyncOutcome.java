package io.mediadesk.sync.run;

import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.settings.SettingsPlan;
import io.mediadesk.sync.settings.SettingsReport;

/** A sync's plan and what running it did; a refused plan ran nothing. */
public record SyncOutcome(SyncPlan plan, SyncReport report, SettingsPlan settings, SettingsReport settingsReport) {

    public SyncOutcome(SyncPlan plan, SyncReport report) {
        this(plan, report, SettingsPlan.EMPTY, SettingsReport.NOTHING);
    }

    public boolean refused() {
        return plan.refusal().isPresent();
    }
}
