package io.mediadesk.desktop.syncpanel;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.settings.JsonFile;
import io.mediadesk.library.Library;
import io.mediadesk.sync.plan.Action;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.plan.Refusal;
import io.mediadesk.sync.plan.Resolution;
import io.mediadesk.sync.plan.SyncPlan;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.ItemFailure;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncSession;
import io.mediadesk.sync.settings.SettingsPlan;
import io.mediadesk.sync.side.ClientRemoteSide;
import io.mediadesk.sync.side.ClientSettings;
import io.mediadesk.sync.side.LibraryLocalSide;
import io.mediadesk.sync.side.LibrarySettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sync panel: the plan the sync module computes (what {@code sync --dry-run} prints), grouped
 * for the tree; the brakes' verdict, with the confirmation a person may give for an overridable
 * one; then the run, with progress, per-item failures, cancel, and the history of past runs. The
 * plan and the run build the same {@link SyncSession} the CLI builds, and always on the
 * {@link TaskRunner}; progress from the sync's worker threads comes back through {@code ui}.
 * Presets and field definitions are planned and synced with the assets, as {@code mediadesk sync}
 * does. Conflicts are listed with both sides ({@link ConflictsViewModel}); a person's choice for
 * one is kept in {@link #choices()} and passed to the planner, which plans again with it; the run
 * plans with the same choices. Choices are forgotten after a run and when the account changes.
 */
public final class SyncPanelViewModel {
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final Library library;
    private final ObservableValue<Connection> connection;
    private final TaskRunner tasks;
    private final Executor ui;
    private final Function<Integer, Dispatcher> dispatchers;
    private final JsonFile<SyncHistory> historyFile;
    private volatile CancellableDispatcher current;
    private final Map<String, Resolution> choices = new HashMap<>();
    private final ConflictsViewModel conflicts;

    private final ObjectProperty<SyncPlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<PlanGroups.Group> groups = FXCollections.observableArrayList();
    private final StringProperty verdict = new SimpleStringProperty("");
    private final BooleanProperty confirmable = new SimpleBooleanProperty();
    private final BooleanProperty confirmed = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("Choose an account, then Plan.");
    private final ObservableList<ItemFailure> failures = FXCollections.observableArrayList();
    private final ObservableList<SyncRun> history = FXCollections.observableArrayList();
    private final BooleanBinding canRun;

    /** Runs items on 4 threads, as the CLI does by default; no pictures of conflicts. */
    public SyncPanelViewModel(Library library, ObservableValue<Connection> connection, TaskRunner tasks, Executor ui) {
        this(library, connection, tasks, ui, n -> Dispatcher.parallel(4));
    }

    /** Runs items on 4 threads; {@code pictures} shows both sides of a conflict. */
    public SyncPanelViewModel(Library library, ObservableValue<Connection> connection, TaskRunner tasks, Executor ui,
            ConflictPictures pictures) {
        this(library, connection, tasks, ui, n -> Dispatcher.parallel(4), pictures);
    }

    /** {@code dispatchers}: how the items of a run are spread (tests run them in order). */
    public SyncPanelViewModel(Library library, ObservableValue<Connection> connection, TaskRunner tasks, Executor ui,
            Function<Integer, Dispatcher> dispatchers) {
        this(library, connection, tasks, ui, dispatchers, ConflictPictures.NONE);
    }

    public SyncPanelViewModel(Library library, ObservableValue<Connection> connection, TaskRunner tasks, Executor ui,
            Function<Integer, Dispatcher> dispatchers, ConflictPictures pictures) {
        this.conflicts = new ConflictsViewModel(tasks, pictures, connection, this::choose);
        this.library = library;
        this.connection = connection;
        this.tasks = tasks;
        this.ui = ui;
        this.dispatchers = dispatchers;
        this.historyFile = new JsonFile<>(library.folder().resolve("sync-history.json"), SyncHistory.class);
        canRun = Bindings.createBooleanBinding(() -> !working.get() && connection.getValue() != null && plan.get() != null
                && (plan.get().refusal().isEmpty() || confirmable.get() && confirmed.get()), working, connection, plan, confirmable, confirmed);
        connection.addListener((o, was, now) -> {
            plan.set(null);
            groups.clear();
            conflicts.show(List.of());
            choices.clear();
            verdict.set("");
            confirmed.set(false);
            status.set(now == null ? "Choose an account, then Plan." : "Plan to see what a sync of " + now.profile().name() + " would do.");
        });
    }

    /** Loads the history of past runs (small; blocking read). */
    public void loadHistory() {
        tasks.run(() -> historyFile.read().orElse(new SyncHistory(List.of())), h -> history.setAll(h.runs()),
                e -> status.set("Cannot read the sync history: " + e.getMessage()));
    }

    /** Computes the plan (lists the account and the library, changes nothing). */
    public void plan() {
        Connection c = connection.getValue();
        if (c == null || working.get()) return;
        working.set(true);
        status.set("Planning: listing " + c.profile().name() + " and the library…");
        PlanOptions options = options();
        tasks.run(() -> withSession(c, new CancellableDispatcher(Dispatcher.inOrder()), s -> s.previewAll(options)), o -> {
            working.set(false);
            if (connection.getValue() != c) return; // the account was switched meanwhile: this plan is not for it
            SyncPlan p = o.plan();
            show(p, o.settings());
            boolean nothing = p.isNoOp() && p.refusal().isEmpty() && o.settings().isEmpty();
            status.set(nothing ? "In sync: nothing to do." : p.summary() + (o.settings().isEmpty() ? "" : "; " + o.settings().summary()));
        }, e -> {
            working.set(false);
            status.set("Planning failed: " + e.getMessage());
        });
    }

    /** Settles conflict {@code key} (an item key or a settings subject) with {@code choice}, then plans again. */
    void choose(String key, Resolution choice) {
        choices.put(key, choice);
        plan();
    }

    private void show(SyncPlan p, SettingsPlan settings) {
        plan.set(p);
        groups.setAll(PlanGroups.of(p, settings));
        conflicts.show(ConflictRows.of(p, settings));
        confirmable.set(p.refusal().map(Refusal::overridable).orElse(false));
        verdict.set(p.refusal().map(r -> (r.overridable() ? "Stopped by a brake (you may confirm): " : "Refused: ") + r.reason())
                .orElse("Brakes: OK (" + p.count(Action.Category.DELETE) + " deletions, within the limits)"));
    }

    /** Runs the sync (it plans again first, as the CLI does, so it acts on the state of now). */
    public void run() {
        Connection c = connection.getValue();
        if (!canRun.get()) return;
        CancellableDispatcher dispatcher = new CancellableDispatcher(dispatchers.apply(4));
        current = dispatcher;
        working.set(true);
        running.set(true);
        failures.clear();
        progress.set(-1);
        status.set("Syncing with " + c.profile().name() + "…");
        PlanOptions options = options();
        tasks.run(() -> withSession(c, dispatcher, s -> s.run(options, progressTo())), outcome -> finished(c, dispatcher, outcome), e -> {
            working.set(false);
            running.set(false);
            progress.set(0);
            status.set("The sync stopped: " + e.getMessage());
        });
    }

    private Progress progressTo() {
        return new Progress() {
            @Override
            public void done(Action step, int done, int total) {
                ui.execute(() -> {
                    progress.set(total == 0 ? 1 : done / (double) total);
                    status.set("[" + done + "/" + total + "] " + step.verb() + " " + step.side().word() + " " + step.path());
                });
            }

            @Override
            public void failed(ItemFailure failure) {
                ui.execute(() -> failures.add(failure));
            }
        };
    }

    private void finished(Connection c, CancellableDispatcher dispatcher, SyncOutcome outcome) {
        working.set(false);
        running.set(false);
        show(outcome.plan(), outcome.settings());
        if (outcome.refused()) {
            progress.set(0);
            status.set("Nothing ran: " + outcome.plan().refusal().get().reason());
            return;
        }
        progress.set(1);
        List<ItemFailure> failed = new ArrayList<>(outcome.report().failures());
        failed.addAll(outcome.settingsReport().failures());
        failures.setAll(failed);
        SyncRun run = new SyncRun(Clock.systemUTC().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), c.profile().name(), outcome.plan().summary().replace("sync plan: ", ""),
                outcome.report().applied() + outcome.settingsReport().applied(), failed.size(), dispatcher.skipped(), dispatcher.cancelled());
        history.add(0, run);
        if (history.size() > SyncHistory.KEPT) history.remove(SyncHistory.KEPT, history.size());
        status.set(run.text());
        SyncHistory snapshot = new SyncHistory(List.copyOf(history));
        long ticket = historyFile.ticket();
        tasks.run(() -> {
            historyFile.write(ticket, snapshot);
            return null;
        }, ok -> { }, e -> status.set(status.get() + " (history not saved: " + e.getMessage() + ")"));
        confirmed.set(false); // a confirmation is for the plan it was given to, not the next one
        plan.set(null); // what was planned has run: plan again to see what is left
        groups.clear();
        conflicts.show(List.of());
        choices.clear(); // they were for the conflicts of that plan
    }

    /** Stops the run after the items in flight; the rest is left for the next sync. */
    public void cancel() {
        CancellableDispatcher d = current;
        if (d != null && running.get()) {
            d.cancel();
            status.set("Cancelling: finishing the items in flight…");
        }
    }

    private PlanOptions options() {
        return PlanOptions.DEFAULTS.withConfirmed(confirmed.get()).withResolutions(choices);
    }

    private <T> T withSession(Connection c, Dispatcher dispatcher, Function<SyncSession, T> work) {
        try (LibraryLocalSide local = new LibraryLocalSide(library, Clock.systemUTC())) {
            SyncSession session = new SyncSession(local, new ClientRemoteSide(c.client(), library.folder().resolve("sync-tmp")),
                    library.catalog().syncLedger(), dispatcher, Clock.systemUTC(),
                    "desktop:" + ProcessHandle.current().pid() + ":" + System.nanoTime(), LEASE)
                    .withSettings(new LibrarySettings(library.catalog().presets(), library.assets()), new ClientSettings(c.client()));
            return work.apply(session);
        }
    }

    public ObjectProperty<SyncPlan> planProperty() {
        return plan;
    }

    /** The plan's conflicts, both sides, and the choice for each. */
    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    /** The choices made so far for this plan's conflicts, by item key or settings subject. */
    public Map<String, Resolution> choices() {
        return Map.copyOf(choices);
    }

    public ObservableList<PlanGroups.Group> groups() {
        return groups;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    /** Whether the brake that stopped the plan is one a person may override. */
    public BooleanProperty confirmableProperty() {
        return confirmable;
    }

    /** The person's confirmation of an overridable brake (the CLI's {@code --yes}). */
    public BooleanProperty confirmedProperty() {
        return confirmed;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<ItemFailure> failures() {
        return failures;
    }

    public ObservableList<SyncRun> history() {
        return history;
    }
}
