package io.mediadesk.sync.run;

import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.plan.SyncPlanner;
import io.mediadesk.sync.settings.LocalSettings;
import io.mediadesk.sync.settings.RemoteSettings;
import io.mediadesk.sync.settings.SettingsPlan;
import io.mediadesk.sync.settings.SettingsReport;
import io.mediadesk.sync.settings.SettingsSync;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync of a library with an account: observe, settle the journal, plan, run, report. A run
 * holds the library's sync lease (a row with an expiry in the catalog), so two syncs never run on
 * one library, and a crashed run's lease lapses after {@code leaseTtl}. A keeper thread renews it
 * every third of {@code leaseTtl} while the run lives, not only between steps: one step (a large
 * upload on a slow line, the snapshot of a big library) may outlast the lease, and on a team
 * catalog another machine would then take it and sync at the same time.
 * A preview (the dry run) takes no lease and writes nothing.
 */
public final class SyncSession {
    private final LocalSide local;
    private final RemoteSide remote;
    private final SyncLedger ledger;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final String owner;
    private final Duration leaseTtl;
    private static final Logger LOG = LoggerFactory.getLogger(SyncSession.class);

    private volatile Instant renewed = Instant.EPOCH;
    private volatile String lost; // why the keeper could not renew the lease: the run stops at its next step
    private boolean released; // guarded by this: no renewal after the release
    private boolean keeper = true;
    private SettingsSync settings;

    public SyncSession(LocalSide local, RemoteSide remote, SyncLedger ledger, Dispatcher dispatcher, Clock clock, String owner,
            Duration leaseTtl) {
        this.local = local;
        this.remote = remote;
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.owner = owner;
        this.leaseTtl = leaseTtl;
    }

    /**
     * Renews the lease between steps only, on the caller's thread: for a simulation whose clock
     * and ledger are not real and must stay deterministic.
     */
    public SyncSession withoutLeaseKeeper() {
        this.keeper = false;
        return this;
    }

    /**
     * Syncs presets and custom metadata field definitions too, before the assets (a pulled asset's
     * metadata needs its field defined first).
     */
    public SyncSession withSettings(LocalSettings localSettings, RemoteSettings remoteSettings) {
        this.settings = new SettingsSync(localSettings, remoteSettings, ledger, clock);
        return this;
    }

    /** The plans a run would make now, assets and settings; changes nothing anywhere. */
    public SyncOutcome previewAll(PlanOptions options) {
        List<BaseRecord> rows = ledger.base();
        SettingsPlan s = settings == null ? SettingsPlan.EMPTY : settings.plan(rows, options);
        return new SyncOutcome(preview(options, rows), SyncReport.NOTHING, s, SettingsReport.NOTHING);
    }

    /** The plan a run would make now; changes nothing anywhere. */
    public SyncPlan preview(PlanOptions options) {
        return preview(options, ledger.base());
    }

    private SyncPlan preview(PlanOptions options, List<BaseRecord> rows) {
        LocalSnapshot l = local.snapshot();
        RemoteSnapshot r = remote.snapshot();
        BaseSnapshot base = BaseRecords.load(rows, ledger);
        base = Recovery.applied(base, Recovery.of(ledger.unsettled(), r, base));
        return new SyncPlanner().plan(l, r, base, options);
    }

    /** @throws LeaseHeldException when another sync of this library is running */
    public SyncOutcome run(PlanOptions options, Progress progress) {
        if (!ledger.acquireLease(owner, clock.instant(), leaseTtl)) {
            throw new LeaseHeldException("another sync of this library is running (its lease lapses "
                    + leaseTtl.toSeconds() + " s after its last sign of life)");
        }
        renewed = clock.instant();
        synchronized (this) {
            released = false;
            lost = null;
        }
        ScheduledExecutorService keeping = keeper ? startKeeper() : null;
        try {
            return runLeased(options, progress);
        } finally {
            if (keeping != null) keeping.shutdownNow();
            synchronized (this) {
                released = true; // a renewal already running finishes first; none starts after
                ledger.releaseLease(owner);
            }
        }
    }

    private ScheduledExecutorService startKeeper() {
        ScheduledExecutorService keeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sync-lease-" + owner);
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, leaseTtl.toMillis() / 3);
        keeping.scheduleWithFixedDelay(() -> {
            try {
                renewLease();
            } catch (LeaseHeldException e) {
                lost = e.getMessage();
            } catch (RuntimeException e) {
                // a store hiccup: the next tick tries again while the lease still runs
                LOG.warn("could not renew the sync lease: {}", e.getMessage());
            }
        }, period, period, TimeUnit.MILLISECONDS);
        return keeping;
    }

    private SyncOutcome runLeased(PlanOptions options, Progress progress) {
        String runId = UUID.randomUUID().toString();
        SettingsPlan settingsPlan = SettingsPlan.EMPTY;
        SettingsReport settingsReport = SettingsReport.NOTHING;
        // One read of the base rows (100,000 take about half a second) serves both halves: the settings
        // steps write only their own rows, which the assets' base leaves out.
        List<BaseRecord> rows = ledger.base();
        if (settings != null) {
            settingsPlan = settings.plan(rows, options);
            settingsReport = settings.run(settingsPlan, runId);
        }
        LocalSnapshot l = local.snapshot();
        RemoteSnapshot r = remote.snapshot();
        BaseSnapshot base = BaseRecords.load(rows, ledger);
        Recovery.Outcome recovered = Recovery.of(ledger.unsettled(), r, base);
        recovered.versionHashes().forEach((key, hash) -> {
            int slash = key.indexOf('/');
            ledger.putVersionHash(key.substring(0, slash), key.substring(slash + 1), hash);
        });
        recovered.links().forEach(e -> ledger.putBase(BaseRecords.record(e)));
        ledger.settle("recovered", runId);
        // Read the base again only when recovery wrote to it (100,000 rows take about half a second).
        boolean wrote = !recovered.versionHashes().isEmpty() || !recovered.links().isEmpty();
        SyncPlan plan = new SyncPlanner().plan(l, r, wrote ? BaseRecords.load(ledger) : base, options);
        if (plan.refusal().isPresent()) return new SyncOutcome(plan, SyncReport.NOTHING, settingsPlan, settingsReport);
        SyncExecutor executor = new SyncExecutor(local, remote, ledger, dispatcher, clock, this::renewLease);
        return new SyncOutcome(plan, executor.run(plan, runId, progress), settingsPlan, settingsReport);
    }

    /** Renews the lease once a third of its time has passed; losing it stops the run. */
    private void renewLease() {
        String why = lost;
        if (why != null) throw new LeaseHeldException(why);
        Instant now = clock.instant();
        if (Duration.between(renewed, now).compareTo(leaseTtl.dividedBy(3)) < 0) return;
        synchronized (this) {
            if (released) return;
            if (!ledger.acquireLease(owner, now, leaseTtl)) {
                throw new LeaseHeldException("this sync lost its lease to another run; stopping");
            }
            renewed = now;
        }
    }
}
