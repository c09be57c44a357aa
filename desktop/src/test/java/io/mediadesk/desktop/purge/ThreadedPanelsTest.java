package io.mediadesk.desktop.purge;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.syncpanel.SyncPanelViewModel;
import io.mediadesk.library.Library;
import io.mediadesk.sync.purge.PurgeQuota;
import io.mediadesk.sync.purge.PurgeRunner;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The purge and sync models as the app runs them: work on a pool, results and progress handed to
 * one "UI" thread (the FX thread's stand-in), the sync's items on four workers. Catches what the
 * same-thread tests cannot: state touched from the wrong thread, a progress report that never lands.
 */
class ThreadedPanelsTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final TaskRunner tasks = new TaskRunner() {
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            pool.execute(() -> {
                try {
                    T result = work.get();
                    ui.execute(() -> onResult.accept(result));
                } catch (RuntimeException e) {
                    ui.execute(() -> onFailure.accept(e));
                }
            });
        }
    };

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPurgePending(2, Duration.ofSeconds(30)));
        connection.set(SandboxAccount.connect(sandbox));
    }

    @AfterEach
    void stop() throws Exception {
        pool.shutdownNow();
        ui.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        sandbox.close();
    }

    @Test
    void aPurgeRunOffTheUiThreadReachesCompletedForEveryUrl() throws Exception {
        PurgePanelViewModel model = new PurgePanelViewModel(dir, connection, tasks, ui,
                PurgeRunner.Options.defaults().withPolls(Duration.ofMillis(20), Duration.ofMillis(100)), PurgeQuota.spec());
        String base = sandbox.urlEndpoint();
        onUi(() -> {
            model.pastedProperty().set(base + "/a.jpg\n" + base + "/b.jpg\n" + base + "/c.jpg");
            model.planPasted();
            model.submit();
        });
        await(() -> onUi(() -> !model.runningProperty().get() && model.statusProperty().get().startsWith("Done")),
                () -> onUi(() -> model.statusProperty().get()));
        assertThat(onUi(() -> model.rows().stream().map(PurgeRow::status).toList())).containsExactly("Completed", "Completed", "Completed");
        assertThat(sandbox.purgedUrls()).hasSize(3);
    }

    @Test
    void aSyncRunOnFourWorkersUploadsEverythingAndLandsItsReportOnTheUiThread() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"), Optional.empty())) {
            SandboxAccount.importCorpus(library);
            SyncPanelViewModel model = new SyncPanelViewModel(library, connection, tasks, ui);
            onUi(model::plan);
            await(() -> onUi(() -> model.planProperty().get() != null), () -> onUi(() -> model.statusProperty().get()));
            onUi(model::run);
            await(() -> onUi(() -> model.history().size() == 1), () -> onUi(() -> model.statusProperty().get()));
            assertThat(sandbox.files()).hasSize(3);
            assertThat(onUi(() -> model.progressProperty().get())).isEqualTo(1.0);
            assertThat(onUi(() -> model.statusProperty().get())).contains("done: 3 applied, 0 failed");
        }
    }

    private void onUi(Runnable r) throws Exception {
        ui.submit(r).get(10, TimeUnit.SECONDS);
    }

    private <T> T onUi(java.util.concurrent.Callable<T> c) throws Exception {
        return ui.submit(c).get(10, TimeUnit.SECONDS);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition, java.util.concurrent.Callable<String> state)
            throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.call()) {
            if (System.nanoTime() > until) throw new AssertionError("not reached within 30 s; status: " + state.call());
            Thread.sleep(20);
        }
    }
}
