package io.mediadesk.sync.sim;

import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.LeaseHeldException;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncSession;
import io.mediadesk.sync.snapshot.LocalFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One seeded run: a random library and account, a few rounds of random edits on both sides each
 * followed by a sync under random faults and perhaps a kill, then fault-free syncs until nothing
 * is left to do. Checks after every sync that nothing partial is visible and that a refused plan
 * changed nothing, and at the end that no content was lost and both sides and the base agree.
 * Everything random comes from the seed, so a failure replays with {@code -Dseed=N}.
 */
final class Simulation {
    static final int MAX_CLEAN_CYCLES = 3;
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final boolean TRACE = Boolean.getBoolean("sim.trace");

    record Result(long seed, String failure, int rounds, int faults, int kills, int steps, int cleanCycles, long conflicts,
            int presetSteps, long presetConflicts, boolean presetApi) {
        boolean ok() {
            return failure == null;
        }
    }

    private final long seed;
    private final Random rnd;
    private final SimClock clock = new SimClock();
    private final Killer killer = new Killer(clock);
    private final FaultSchedule faults;
    private final MemoryLibrary library = new MemoryLibrary(killer);
    private final MemoryService service;
    private final MemoryLedger ledger = new MemoryLedger(killer);
    private final Users users;
    private final PresetWorld presets;
    private final Set<String> observed = new HashSet<>();
    private int sessions;
    private int hardRefusals;
    private int presetRefusals;
    private int steps;
    private long conflicts;

    Simulation(long seed) {
        this.seed = seed;
        this.rnd = new Random(seed);
        this.faults = new FaultSchedule(new Random(rnd.nextLong()));
        this.service = new MemoryService(killer, faults, new Random(rnd.nextLong()), clock);
        this.users = new Users(new Random(rnd.nextLong()), library, service);
        this.presets = new PresetWorld(new Random(rnd.nextLong()), killer, faults);
    }

    static Result run(long seed) {
        Simulation s = new Simulation(seed);
        try {
            return s.play();
        } catch (AssertionError | RuntimeException e) {
            if (TRACE) e.printStackTrace(System.out);
            return new Result(seed, e.toString(), 0, s.faults.total(), s.killer.kills, s.steps, -1, s.conflicts, s.presets.steps,
                    s.presets.conflicts, s.presets.api);
        }
    }

    private Result play() {
        users.editLibrary(rnd.nextInt(8));
        users.editService(rnd.nextInt(8));
        int rounds = 2 + rnd.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            users.editLibrary(rnd.nextInt(6));
            users.editService(rnd.nextInt(6));
            presets.editLibrary(rnd.nextInt(4));
            presets.editService(rnd.nextInt(4));
            observe();
            faults.rate(rnd.nextDouble() * 0.3);
            if (rnd.nextInt(3) == 0) killer.armAt(1 + rnd.nextInt(60));
            attempt();
            killer.disarm();
            Invariants.nothingPartial(library, service, users.contents);
        }
        faults.rate(0);
        int clean = converge();
        Invariants.nothingLost(observed, library, service, users.destroyedByUsers);
        Invariants.converged(library, service, ledger);
        presets.checkNothingLost();
        presets.checkConverged(ledger);
        return new Result(seed, null, rounds, faults.total(), killer.kills, steps, clean, conflicts, presets.steps, presets.conflicts,
                presets.api);
    }

    /** Fault-free syncs until a plan has nothing left to do; fails past {@link #MAX_CLEAN_CYCLES}. */
    private int converge() {
        int cycle = 0;
        while (true) {
            SyncOutcome o = session().run(PlanOptions.DEFAULTS.withConfirmed(true), Progress.NONE);
            trace("clean " + (cycle + 1), o);
            if (o.refused()) {
                humanAnswersEmptyService();
                continue;
            }
            if (o.settings().presetRefusal().isPresent()) {
                if (++presetRefusals > 1) throw new AssertionError("presets refused again: " + o.settings().print());
                presets.humanAnswersEmptySide(new io.mediadesk.sync.settings.SettingsLedger(ledger).presets(ledger.base()));
                continue;
            }
            if (o.plan().items().isEmpty() && o.settings().steps().isEmpty()) return cycle;
            if (++cycle > MAX_CLEAN_CYCLES) {
                throw new AssertionError("not converged after " + MAX_CLEAN_CYCLES + " fault-free syncs; still:\n" + o.plan().print(true));
            }
            if (!o.report().failures().isEmpty()) throw new AssertionError("a fault-free sync failed: " + o.report().failures());
            if (!o.settingsReport().failures().isEmpty()) {
                throw new AssertionError("a fault-free preset sync failed: " + o.settingsReport().failures());
            }
            steps += o.report().applied() + o.settingsReport().applied();
            presets.steps += o.settingsReport().applied();
        }
    }

    /**
     * The only refusal --yes does not lift: the service lists nothing while the library holds synced
     * assets. People emptied the service (their deletes and the sync's together); the person does what
     * the refusal says, deleting in the library (its trash keeps them). Happens about once in 100,000 seeds.
     */
    private void humanAnswersEmptyService() {
        if (!service.files.isEmpty() || ++hardRefusals > 1) throw new AssertionError("refused with files on the service");
        ledger.base.values().forEach(b -> library.assets.computeIfPresent(b.localId(), (k, a) -> a.withTrashed(true)));
    }

    private void attempt() {
        if (TRACE) {
            System.out.println("-- unsettled: " + ledger.unsettled());
            service.files.values().forEach(f -> System.out.println("   service " + f.id + " " + f.path + " "
                    + f.versions.stream().map(v -> v.id() + ":" + v.hash().substring(0, 8) + ":" + v.data().length).toList()));
            library.assets.values().forEach(a -> System.out.println("   library " + a.id() + " " + a.path() + " "
                    + a.hash().substring(0, 8) + ":" + a.size() + (a.trashed() ? " trashed" : "")));
        }
        try {
            String before = Invariants.fingerprint(library, service);
            SyncOutcome o = session().run(PlanOptions.DEFAULTS, Progress.NONE);
            trace("faulty", o);
            steps += o.report().applied() + o.settingsReport().applied();
            conflicts += o.plan().conflicts() + o.settings().conflicts();
            presets.steps += o.settingsReport().applied();
            presets.conflicts += o.settings().conflicts();
            if (o.refused()) {
                if (!before.equals(Invariants.fingerprint(library, service))) throw new AssertionError("a refused plan changed something");
                if (o.plan().refusal().get().overridable()) {
                    steps += session().run(PlanOptions.DEFAULTS.withConfirmed(true), Progress.NONE).report().applied();
                }
            }
        } catch (Killed k) {
            if (TRACE) System.out.println("-- killed");
            restartAfterKill();
        } catch (SyncException e) {
            if (TRACE) System.out.println("-- aborted: " + e.getMessage());
            // A failed listing or a lost lease ends the run; the next one starts over.
        }
    }

    /** The process is back; a lease the dead run held must keep others out until it lapses. */
    private void restartAfterKill() {
        killer.restart();
        if (ledger.leased(clock.instant())) {
            try {
                session().run(PlanOptions.DEFAULTS, Progress.NONE);
                throw new AssertionError("a second sync ran while a crashed run's lease was still valid");
            } catch (LeaseHeldException expected) {
                // As it should be.
            }
            clock.advanceMillis(LEASE.toMillis() + 1000);
        }
    }

    private SyncSession session() {
        Random order = new Random(rnd.nextLong());
        Dispatcher shuffled = tasks -> {
            List<Runnable> copy = new ArrayList<>(tasks);
            Collections.shuffle(copy, order);
            copy.forEach(Runnable::run);
        };
        return new SyncSession(library, service, ledger, shuffled, clock, "run-" + (++sessions), LEASE)
                .withoutLeaseKeeper() // simulated time and ledger: renewals between steps only, deterministic
                .withSettings(presets.local(), presets.remote());
    }

    private static void trace(String what, SyncOutcome o) {
        if (TRACE) System.out.println("-- " + what + " sync:\n" + o.plan().print(true) + o.settings().print(true) + "failures: "
                + o.report().failures() + o.settingsReport().failures());
    }

    private void observe() {
        library.assets.values().stream().map(LocalFile::hash).forEach(observed::add);
        service.files.values().forEach(f -> f.versions.forEach(v -> observed.add(v.hash())));
        presets.observe();
    }

    static String describe(BaseRecord b) {
        return b.path() + " " + b.localId() + "<->" + b.remoteId() + " " + b.contentHash().substring(0, 8) + " " + b.versionId();
    }
}
