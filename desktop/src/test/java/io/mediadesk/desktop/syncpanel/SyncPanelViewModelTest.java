package io.mediadesk.desktop.syncpanel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync panel's model against the real stand-in: plan, brakes, run, cancel, history. Same-thread tasks. */
class SyncPanelViewModelTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Library library;
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final AtomicReference<SyncPanelViewModel> self = new AtomicReference<>();
    private Dispatcher dispatcher = Dispatcher.inOrder();
    private SyncPanelViewModel model;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        library = Library.open(dir.resolve("lib"), Optional.empty());
        model = new SyncPanelViewModel(library, connection, TaskRunner.sameThread(), Runnable::run, n -> tasks -> dispatcher.runAll(tasks));
        self.set(model);
        connection.set(SandboxAccount.connect(sandbox));
    }

    @AfterEach
    void stop() {
        library.close();
        sandbox.close();
    }

    @Test
    void thePlanShowsTheAddsThenTheRunUploadsThemAndIsRemembered() {
        SandboxAccount.importCorpus(library);
        model.plan();
        assertThat(model.groups()).extracting(g -> g.kind()).containsExactly(PlanGroups.Kind.ADDS);
        assertThat(model.groups().get(0).lines()).extracting(PlanGroups.Line::path)
                .containsExactly("/afl_not_kitty.jpg", "/afl_not_kitty.webp", "/afl_not_kitty_alpha.png");
        assertThat(model.groups().get(0).lines()).allSatisfy(l -> assertThat(l.verb() + " " + l.side()).isEqualTo("upload remote"));
        assertThat(model.verdictProperty().get()).startsWith("Brakes: OK");
        assertThat(model.canRunProperty().get()).isTrue();
        assertThat(sandbox.files()).as("planning changes nothing").isEmpty();

        model.run();
        assertThat(model.failures()).isEmpty();
        assertThat(sandbox.files()).hasSize(3);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.history()).hasSize(1);
        assertThat(model.history().get(0).applied()).isEqualTo(3);
        assertThat(model.statusProperty().get()).contains("done: 3 applied, 0 failed");
        assertThat(Files.isRegularFile(library.folder().resolve("sync-history.json"))).isTrue();

        model.plan();
        assertThat(model.statusProperty().get()).isEqualTo("In sync: nothing to do.");
        assertThat(model.groups()).isEmpty();

        SyncPanelViewModel reopened = new SyncPanelViewModel(library, connection, TaskRunner.sameThread(), Runnable::run);
        reopened.loadHistory();
        assertThat(reopened.history()).extracting(SyncRun::applied).containsExactly(3);
    }

    @Test
    void deletingMostOfTheLibraryStopsAtTheBrakeUntilConfirmed() {
        List<AssetId> ids = SandboxAccount.importCorpus(library);
        model.plan();
        model.run();
        library.assets().trash(ids.subList(0, 2));

        model.plan();
        assertThat(model.confirmableProperty().get()).isTrue();
        assertThat(model.verdictProperty().get()).contains("2 of 3 synced files (66%) would be deleted on the service");
        assertThat(model.canRunProperty().get()).isFalse();
        model.run();
        assertThat(sandbox.files()).as("a refused plan runs nothing").hasSize(3);

        model.confirmedProperty().set(true);
        model.plan();
        assertThat(model.groups()).extracting(g -> g.kind()).containsExactly(PlanGroups.Kind.DELETES);
        assertThat(model.groups().get(0).lines()).hasSize(2).allSatisfy(l -> assertThat(l.danger()).isTrue());
        assertThat(model.canRunProperty().get()).isTrue();
        model.run();
        assertThat(sandbox.files()).hasSize(1);
    }

    @Test
    void cancelStopsAfterTheItemInFlightAndTheNextSyncDoesTheRest() {
        SandboxAccount.importCorpus(library);
        dispatcher = tasks -> {
            tasks.get(0).run();
            self.get().cancel();
            tasks.subList(1, tasks.size()).forEach(Runnable::run);
        };
        model.plan();
        model.run();
        assertThat(sandbox.files()).hasSize(1);
        assertThat(model.history().get(0).cancelled()).isTrue();
        assertThat(model.history().get(0).skipped()).isEqualTo(2);
        assertThat(model.statusProperty().get()).contains("cancelled: 1 applied, 0 failed, 2 left for next time");

        dispatcher = Dispatcher.inOrder();
        model.plan();
        assertThat(model.groups().get(0).lines()).hasSize(2);
        model.run();
        assertThat(sandbox.files()).hasSize(3);
    }

    @Test
    void withoutAnAccountNothingIsPlanned() {
        connection.set(null);
        model.plan();
        assertThat(model.planProperty().get()).isNull();
        assertThat(model.canRunProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Choose an account");
    }
}
