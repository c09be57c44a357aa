package io.mediadesk.desktop.syncpanel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.AccountsViewModel;
import io.mediadesk.desktop.account.KeyVault;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.run.Dispatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Sync area headless against the in-process sandbox: plan, run, history, then the delete brake and its confirmation. */
@ExtendWith(ApplicationExtension.class)
class SyncPanelViewTest {
    private Library library;
    private AccountsViewModel accounts;
    private List<AssetId> ids;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("sync-view");
        library = Library.open(dir.resolve("lib"), Optional.empty());
        ids = SandboxAccount.importCorpus(library);
        accounts = new AccountsViewModel(dir.resolve("lib"), KeyVault.inMemory(), TaskRunner.sameThread());
        accounts.useSandbox();
        SyncPanelViewModel model = new SyncPanelViewModel(library, accounts.connectionProperty(), TaskRunner.sameThread(), Runnable::run,
                n -> Dispatcher.inOrder());
        Scene scene = new Scene(new SyncPanelView(model, accounts), 1200, 760);
        Theme.apply(scene, true);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        accounts.close();
        library.close();
    }

    @Test
    void planThenRunThenTheDeleteBrakeAndItsConfirmation(FxRobot robot) {
        assertThat(robot.lookup("#sync-run").queryAs(Button.class).isDisabled()).as("nothing planned yet").isTrue();
        robot.clickOn("#sync-plan");
        TreeView<?> tree = robot.lookup("#sync-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().toString()).hasSize(1);
        assertThat(cellTexts(robot)).contains("Adds (3)", "upload remote  /afl_not_kitty.jpg  —  new in the library");
        assertThat(robot.lookup("#sync-verdict").queryAs(Label.class).getText()).startsWith("Brakes: OK");

        robot.clickOn("#sync-run");
        assertThat(remoteFiles()).isEqualTo(3);
        assertThat(robot.lookup("#sync-history").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#sync-status").queryAs(Label.class).getText()).contains("done: 3 applied, 0 failed");

        library.assets().trash(ids.subList(0, 2));
        robot.clickOn("#sync-plan");
        Label verdict = robot.lookup("#sync-verdict").queryAs(Label.class);
        assertThat(verdict.getText()).contains("would be deleted on the service");
        assertThat(verdict.getStyleClass()).contains("error-text");
        assertThat(robot.lookup("#sync-run").queryAs(Button.class).isDisabled()).isTrue();
        CheckBox confirm = robot.lookup("#sync-confirm").queryAs(CheckBox.class);
        assertThat(confirm.isVisible()).isTrue();

        robot.clickOn(confirm);
        assertThat(cellTexts(robot)).contains("Deletes (2)");
        List<Node> red = robot.lookup(".plan-delete").queryAll().stream().filter(n -> ((TreeCell<?>) n).getItem() != null).toList();
        assertThat(red).hasSize(3); // the group and its two lines
        robot.clickOn("#sync-run");
        assertThat(remoteFiles()).isEqualTo(1);
        assertThat(robot.lookup("#sync-history").queryAs(ListView.class).getItems()).hasSize(2);
    }

    private List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".tree-cell").queryAll().stream().map(n -> ((TreeCell<?>) n).getText()).filter(t -> t != null).toList();
    }

    private long remoteFiles() {
        return accounts.connectionProperty().get().client().files().files(FileQuery.all()).count();
    }
}
