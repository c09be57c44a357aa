package io.mediadesk.desktop.purge;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.sync.purge.PurgeApi;
import io.mediadesk.sync.purge.PurgeEntry;
import io.mediadesk.sync.purge.PurgePlan;
import io.mediadesk.sync.purge.PurgePlanner;
import io.mediadesk.sync.purge.PurgeProgress;
import io.mediadesk.sync.purge.PurgeQueue;
import io.mediadesk.sync.purge.PurgeQuota;
import io.mediadesk.sync.purge.PurgeRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * The purge panel: pasted URLs, the library selection or a folder, through the sync module's
 * {@link PurgePlanner} (its verdict per URL), then submitted through the library's purge queue
 * ({@code <library>/purge}, the one {@code mediadesk purge} uses, so an interrupted run resumes)
 * by a {@link PurgeRunner} that polls each request until Completed. Everything runs on the
 * {@link TaskRunner}; after every request the runner's thread reads the batch's entries and
 * {@code ui} shows them. Cancel stops after the request in flight.
 */
public final class PurgePanelViewModel {
    private final Path queueFolder;
    private final ObservableValue<Connection> connection;
    private final TaskRunner tasks;
    private final Executor ui;
    private final PurgeRunner.Options options;
    private final PurgeQuota quota;
    private PurgeSources sources = PurgeSources.NONE;
    private final java.util.concurrent.locks.ReentrantLock queueLock = new java.util.concurrent.locks.ReentrantLock();
    private volatile PurgeRunner current;
    private volatile boolean cancelRequested;

    private final StringProperty pasted = new SimpleStringProperty("");
    private final ObservableList<PurgeRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PurgePlan> plan = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("Paste URLs, or purge the library selection or a folder.");
    private final StringProperty quotaLine = new SimpleStringProperty("");

    public PurgePanelViewModel(Path libraryFolder, ObservableValue<Connection> connection, TaskRunner tasks, Executor ui) {
        this(libraryFolder, connection, tasks, ui, PurgeRunner.Options.defaults(), PurgeQuota.spec());
    }

    /** {@code options}: the runner's poll schedule (tests poll sooner); {@code quota}: the monthly limit shown. */
    public PurgePanelViewModel(Path libraryFolder, ObservableValue<Connection> connection, TaskRunner tasks, Executor ui,
            PurgeRunner.Options options, PurgeQuota quota) {
        this.queueFolder = libraryFolder.resolve("purge");
        this.connection = connection;
        this.tasks = tasks;
        this.ui = ui;
        this.options = options;
        this.quota = quota;
    }

    /** Says whether an earlier run left requests unfinished (a crash, a cancel): the next Send resumes them. */
    public void load() {
        tasks.run(() -> glance(q -> q.unfinished().size()).orElse(0), n -> {
            if (n > 0 && !running.get()) {
                status.set(n + " purge request(s) from an earlier run are unfinished: the next Send resumes them too.");
            }
        }, e -> status.set("Cannot read the purge queue: " + e.getMessage()));
    }

    /** Plans the pasted text: one URL a line, blank lines and {@code #} comments skipped. */
    public void planPasted() {
        plan(p -> p.fileOfUrls(pasted.get() == null ? "" : pasted.get()));
    }

    /** Where the selection and the folder come from (the library browser in the app). */
    public void useSources(PurgeSources value) {
        sources = value;
    }

    /** Plans the library selection's URLs; the paths are looked up off the FX thread. */
    public void planSelection() {
        Supplier<List<String>> paths = sources.selection();
        tasks.run(paths, this::planAssets, e -> status.set(e.getMessage()));
    }

    /** Plans the folder chosen in the library. */
    public void planCurrentFolder() {
        Optional<PurgeSources.Folder> folder = sources.folder();
        if (folder.isEmpty()) {
            status.set("Choose a folder in the library first.");
            return;
        }
        tasks.run(folder.get().files(), files -> planFolder(folder.get().path(), files), e -> status.set(e.getMessage()));
    }

    /** Plans the assets' URLs ({@code /folder/name.jpg} paths), each with its {@code ?tr=} variants where the rules allow. */
    public void planAssets(List<String> filePaths) {
        if (filePaths.isEmpty()) {
            status.set("Nothing selected in the library.");
            return;
        }
        plan(p -> filePaths.forEach(p::asset));
    }

    /** Plans a folder: one {@code folder/*} request where the rules allow it, else each of its files. */
    public void planFolder(String folderPath, List<String> filePaths) {
        plan(p -> p.folder(folderPath, filePaths));
    }

    private void plan(Consumer<PurgePlanner> inputs) {
        if (running.get()) return;
        Connection c = connection.getValue();
        if (c == null) {
            status.set("Choose an account first: URLs are checked against its URL endpoint.");
            return;
        }
        PurgePlanner planner = PurgePlanner.forEndpoint(c.urls());
        try {
            inputs.accept(planner);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        PurgePlan p = planner.plan();
        List<PurgeRow> shown = new ArrayList<>();
        p.urls().forEach(u -> shown.add(PurgeRow.accepted(u)));
        p.rejections().forEach(r -> shown.add(PurgeRow.refused(r.input(), r.reason())));
        plan.set(p);
        rows.setAll(shown);
        progress.set(0);
        status.set(p.urls().size() + " request(s) to send" + (p.rejections().isEmpty() ? ""
                : "; " + p.rejections().size() + " input(s) the service would refuse (not sent)"));
        int planned = p.urls().size();
        tasks.run(() -> glance(q -> quota.summary(q, planned, month())), line -> line.ifPresent(quotaLine::set),
                e -> quotaLine.set("Quota unknown: " + e.getMessage()));
    }

    /** Sends the planned URLs and polls each until Completed. */
    public void submit() {
        Connection c = connection.getValue();
        PurgePlan p = plan.get();
        if (running.get() || c == null || p == null || p.urls().isEmpty()) return;
        running.set(true);
        cancelRequested = false;
        progress.set(-1);
        status.set("Sending " + p.urls().size() + " purge request(s) to " + c.profile().name() + "…");
        tasks.run(() -> withQueue(queue -> send(c, queue, p.urls())), this::finished, e -> {
            running.set(false);
            progress.set(0);
            status.set("The purge stopped: " + e.getMessage() + " (run it again to resume)");
        });
    }

    private record Outcome(boolean finished, List<PurgeEntry> entries, String quota) {
    }

    private Outcome send(Connection c, PurgeQueue queue, List<String> urls) {
        List<PurgeEntry> batch = queue.enqueue(urls);
        show(batch);
        PurgeRunner runner = new PurgeRunner(PurgeApi.of(c.client()), queue, options);
        runner.onProgress(p -> report(queue, batch, p));
        current = runner;
        if (cancelRequested) runner.cancel();
        boolean finished = runner.run(true);
        return new Outcome(finished, batch.stream().map(e -> queue.entry(e.id())).toList(),
                quota.summary(queue, 0, month()));
    }

    /** On the runner's thread: read the batch's entries, show them on the FX thread. */
    private void report(PurgeQueue queue, List<PurgeEntry> batch, PurgeProgress p) {
        List<PurgeEntry> now = batch.stream().map(e -> queue.entry(e.id())).toList();
        ui.execute(() -> {
            show(now);
            progress.set(p.total() == 0 ? 1 : p.completed() / (double) p.total());
            status.set(p.line());
        });
    }

    private void show(List<PurgeEntry> entries) {
        Map<String, PurgeEntry> byUrl = new HashMap<>();
        entries.forEach(e -> byUrl.put(e.url(), e));
        Runnable update = () -> {
            for (int i = 0; i < rows.size(); i++) {
                PurgeEntry e = byUrl.get(rows.get(i).url());
                if (e != null && !rows.get(i).refused()) {
                    rows.set(i, rows.get(i).with(e.state().name(), e.requestId(), e.error()));
                }
            }
        };
        ui.execute(update);
    }

    private void finished(Outcome outcome) {
        running.set(false);
        current = null;
        show(outcome.entries());
        quotaLine.set(outcome.quota());
        long completed = outcome.entries().stream().filter(e -> e.state() == PurgeEntry.State.COMPLETED).count();
        long failed = outcome.entries().stream().filter(e -> e.state() == PurgeEntry.State.FAILED).count();
        progress.set(outcome.entries().isEmpty() ? 1 : completed / (double) outcome.entries().size());
        status.set((outcome.finished() ? "Done: " : "Cancelled (send again to resume): ") + completed + " completed, "
                + failed + " failed of " + outcome.entries().size());
    }

    /** Stops after the request in flight; what was sent stays in the queue and is polled by the next run. */
    public void cancel() {
        cancelRequested = true;
        PurgeRunner r = current;
        if (r != null) r.cancel();
        if (running.get()) status.set("Cancelling after the request in flight…");
    }

    /**
     * Runs {@code work} on the open queue. The queue admits one opener at a time (it is a
     * journal with a file lock), so every use here goes through one lock: a send waits for a
     * quota read to finish instead of failing on a queue "in use" by this very panel.
     */
    private <T> T withQueue(java.util.function.Function<PurgeQueue, T> work) {
        queueLock.lock();
        try (PurgeQueue queue = PurgeQueue.open(queueFolder)) {
            return work.apply(queue);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the purge queue in " + queueFolder + ": " + e.getMessage(), e);
        } finally {
            queueLock.unlock();
        }
    }

    /** A quick look that never waits behind a run (a run holds the queue for minutes): empty while one runs. */
    private <T> Optional<T> glance(java.util.function.Function<PurgeQueue, T> work) {
        if (!queueLock.tryLock()) return Optional.empty();
        try {
            return Optional.of(withQueue(work));
        } finally {
            queueLock.unlock();
        }
    }

    private static YearMonth month() {
        return YearMonth.now(ZoneOffset.UTC);
    }

    public StringProperty pastedProperty() {
        return pasted;
    }

    public ObservableList<PurgeRow> rows() {
        return rows;
    }

    public ObjectProperty<PurgePlan> planProperty() {
        return plan;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The month's quota as this library counts it. */
    public StringProperty quotaProperty() {
        return quotaLine;
    }
}
