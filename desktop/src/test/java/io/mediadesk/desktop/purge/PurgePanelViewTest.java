package io.mediadesk.desktop.purge;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.AccountsViewModel;
import io.mediadesk.desktop.account.KeyVault;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.sync.purge.PurgeQuota;
import io.mediadesk.sync.purge.PurgeRunner;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Purge area headless: paste, check (verdict per URL), send, and watch each status turn Completed. */
@ExtendWith(ApplicationExtension.class)
class PurgePanelViewTest {
    private AccountsViewModel accounts;

    @Start
    void start(Stage stage) throws Exception {
        Path library = Files.createTempDirectory("purge-view");
        accounts = new AccountsViewModel(library, KeyVault.inMemory(), TaskRunner.sameThread(),
                SandboxOptions.defaults().withPurgePending(1, Duration.ofSeconds(30)));
        accounts.useSandbox();
        PurgePanelViewModel model = new PurgePanelViewModel(library, accounts.connectionProperty(), TaskRunner.sameThread(),
                Runnable::run, PurgeRunner.Options.defaults().withPolls(Duration.ofMillis(20), Duration.ofMillis(100)), PurgeQuota.spec());
        Scene scene = new Scene(new PurgePanelView(model, accounts), 1200, 700);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        accounts.close();
    }

    @Test
    void pastedUrlsAreCheckedSentAndFollowedUntilCompleted(FxRobot robot) {
        String base = accounts.connectionProperty().get().profile().urlEndpoint();
        TextArea urls = robot.lookup("#purge-urls").queryAs(TextArea.class);
        robot.interact(() -> urls.setText(base + "/campaign/a.jpg\n" + base + "/campaign/*/b.jpg\n" + base + "/campaign/banner.png*"));
        robot.clickOn("#purge-check");

        TableView<PurgeRow> table = robot.lookup("#purge-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(PurgeRow::verdict)
                .containsExactly("purge", "purge prefix", "refused: a wildcard * is allowed once, at the very end of the URL");
        assertThat(robot.lookup("#purge-quota").queryAs(Label.class).getText()).contains("0 of 1000 used");

        robot.clickOn("#purge-send");
        assertThat(table.getItems()).extracting(PurgeRow::status).containsExactly("Completed", "Completed", "not sent");
        assertThat(robot.lookup(".table-cell.success-text").queryAll()).hasSize(2);
        assertThat(robot.lookup("#purge-status").queryAs(Label.class).getText()).isEqualTo("Done: 2 completed, 0 failed of 2");
        assertThat(robot.lookup("#purge-quota").queryAs(Label.class).getText()).contains("2 of 1000 used");
    }
}
