package io.mediadesk.sync.run;

import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.plan.Action;
import io.mediadesk.sync.plan.BaseOutcome;
import io.mediadesk.sync.plan.ItemPlan;
import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.snapshot.BaseEntry;
import java.time.Clock;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a plan. Each item's steps run in order on one worker; items run side by side through the
 * {@link Dispatcher}. Every step is journaled before it starts and after it ends; once all of an
 * item's steps succeeded its base is advanced, so a run killed at any point leaves finished items
 * recorded and the next plan does not redo them. A failing step stops its item only: the failure
 * is collected and the other items go on. Errors (a kill in the simulation, running out of
 * memory) are not caught: they end the run the way a crash would.
 */
public final class SyncExecutor {
    private final StepRunner runner;
    private final SyncLedger ledger;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final Runnable heartbeat;

    /** {@code heartbeat} runs after every step: the session renews its lease there. */
    public SyncExecutor(LocalSide local, RemoteSide remote, SyncLedger ledger, Dispatcher dispatcher, Clock clock, Runnable heartbeat) {
        this.runner = new StepRunner(local, remote, ledger);
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.heartbeat = heartbeat;
    }

    public SyncReport run(SyncPlan plan, String runId, Progress progress) {
        int total = plan.actions().size();
        AtomicInteger applied = new AtomicInteger();
        Queue<ItemFailure> failures = new ConcurrentLinkedQueue<>();
        List<Runnable> tasks = plan.items().stream()
                .<Runnable>map(item -> () -> runItem(item, runId, new Counter(applied, total, progress), failures)).toList();
        dispatcher.runAll(tasks);
        return new SyncReport(applied.get(), List.copyOf(failures));
    }

    private record Counter(AtomicInteger applied, int total, Progress progress) {
        void done(Action step) {
            progress.done(step, applied.incrementAndGet(), total);
        }
    }

    private void runItem(ItemPlan item, String runId, Counter counter, Queue<ItemFailure> failures) {
        BaseEntry draft = item.outcome() instanceof BaseOutcome.Put put ? put.draft() : null;
        for (Action step : item.actions()) {
            long seq = ledger.begin(JournalLines.begin(runId, step, clock.instant()));
            try {
                draft = runner.apply(step, draft);
            } catch (RuntimeException e) {
                ledger.finish(seq, JournalLines.mayHaveTakenEffect(step) ? "unknown" : "failed", String.valueOf(e.getMessage()));
                ItemFailure failure = new ItemFailure(item.path(), step.verb() + " " + step.side().word(), String.valueOf(e.getMessage()));
                failures.add(failure);
                counter.progress().failed(failure);
                return;
            }
            ledger.finish(seq, "done", "");
            counter.done(step);
            heartbeat.run();
        }
        advanceBase(item, draft, failures);
    }

    private void advanceBase(ItemPlan item, BaseEntry draft, Queue<ItemFailure> failures) {
        if (item.outcome() instanceof BaseOutcome.Forget forget) {
            ledger.forgetBase(forget.localId());
        } else if (item.outcome() instanceof BaseOutcome.Put) {
            if (draft.remoteId().isEmpty() || draft.version().isEmpty() || draft.hash().isEmpty()) {
                // A step should have filled these in; storing a blank would make the next plan guess.
                failures.add(new ItemFailure(item.path(), "record", "the base was left incomplete: " + draft));
                return;
            }
            ledger.putBase(BaseRecords.record(draft));
        }
    }
}
