package io.mediadesk.sync.settings;

import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.client.model.MetadataField;
import io.mediadesk.sync.run.ItemFailure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a settings plan one step at a time, in the plan's order: each step is journaled before it
 * touches a side and finished after, and the base advances right after each success. A run killed
 * between two steps leaves the finished ones in the base; the next plan sees what is left (a create
 * whose answer was lost shows the same text on both sides and is only linked), so nothing is redone
 * or done twice. A preset write that fails is tried once more at the end of the run (a reference to
 * a preset written later in name order), then recorded, and the run goes on; the service's text is
 * never overwritten before the copy that keeps it (a conflict's {@code copy} step) succeeded.
 */
public final class SettingsExecutor {
    private final LocalSettings local;
    private final RemoteSettings remote;
    private final SyncLedger ledger;
    private final SettingsLedger base;
    private final Clock clock;

    public SettingsExecutor(LocalSettings local, RemoteSettings remote, SyncLedger ledger, Clock clock) {
        this.local = local;
        this.remote = remote;
        this.ledger = ledger;
        this.base = new SettingsLedger(ledger);
        this.clock = clock;
    }

    public SettingsReport run(SettingsPlan plan, String runId) {
        List<ItemFailure> failures = new ArrayList<>();
        List<SettingStep> retry = new ArrayList<>();
        int applied = 0;
        int skip = 0;
        for (SettingStep step : plan.steps()) {
            if (skip > 0) {
                skip--;
                failures.add(new ItemFailure(subject(step), step.op().journalName(),
                        "not sent: keeping the service's text as a copy failed first"));
                continue;
            }
            String error = attempt(step, runId);
            if (error == null) {
                applied++;
            } else if (retried(step)) {
                retry.add(step);
            } else {
                failures.add(new ItemFailure(subject(step), step.op().journalName(), error));
                // A conflict's copy, then its upload and the update of the original: without the copy, neither.
                skip = step.op() == SettingStep.Op.PRESET_KEEP_COPY ? 2 : 0;
            }
        }
        // A preset may use another (n-NAME) written after it in name order, or be used by one trashed
        // after it: the side refuses it once (unknown reference, in use), and one more pass settles it.
        for (SettingStep step : retry) {
            String error = attempt(step, runId);
            if (error == null) applied++;
            else failures.add(new ItemFailure(subject(step), step.op().journalName(), error));
        }
        return new SettingsReport(applied, failures);
    }

    /** Preset writes to either side; not a conflict's copy (its failure holds the conflict's other steps back). */
    private static boolean retried(SettingStep step) {
        return step.op().thing().equals("preset") && step.op().writes() && step.op() != SettingStep.Op.PRESET_KEEP_COPY;
    }

    private static String subject(SettingStep step) {
        return step.op().thing() + " " + step.name();
    }

    /** Runs one step between its journal lines; null when it succeeded, else why it failed. */
    private String attempt(SettingStep step, String runId) {
        long seq = ledger.begin(JournalRecord.begin(runId, step.op().journalName(), step.op().thing() + ":" + step.name(),
                step.remoteId(), step.name(), step.value(), 0, clock.instant()));
        try {
            apply(step);
            ledger.finish(seq, "done", "");
            return null;
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            ledger.finish(seq, "failed", why);
            return why;
        }
    }

    private void apply(SettingStep s) {
        String name = s.name();
        switch (s.op()) {
            case PRESET_PUSH_CREATE -> base.putPreset(name, remote.createPreset(name, s.value()), s.value());
            case PRESET_PUSH_UPDATE -> {
                remote.updatePreset(s.remoteId(), s.value());
                base.putPreset(name, s.remoteId(), s.value());
            }
            case PRESET_PUSH_DELETE -> {
                remote.deletePreset(s.remoteId());
                base.forgetPreset(name);
            }
            case PRESET_PULL_CREATE, PRESET_PULL_UPDATE -> {
                local.putPreset(name, s.value());
                base.putPreset(name, s.remoteId(), s.value());
            }
            case PRESET_PULL_DELETE -> {
                local.trashPreset(name);
                base.forgetPreset(name);
            }
            case PRESET_KEEP_COPY -> local.putPreset(name, s.value());
            case PRESET_LINK -> base.putPreset(name, s.remoteId(), s.value());
            case PRESET_FORGET -> base.forgetPreset(name);
            case FIELD_PUSH_CREATE -> {
                MetadataField f = local.field(name);
                String id = remote.createField(f);
                FieldDef d = FieldText.def(f, false);
                base.putField(name, id, d.type(), d.rules());
            }
            case FIELD_PULL_CREATE -> {
                MetadataField f = remote.field(name);
                local.defineField(f);
                FieldDef d = FieldText.def(f, false);
                base.putField(name, f.id(), d.type(), d.rules());
            }
            case FIELD_LINK -> {
                FieldDef d = FieldText.def(local.field(name), false);
                base.putField(name, s.remoteId(), d.type(), d.rules());
            }
        }
    }
}
