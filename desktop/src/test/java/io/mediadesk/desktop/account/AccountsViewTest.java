package io.mediadesk.desktop.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Accounts area headless: add a profile through the form, see only its masked key, switch to it, test it; the sandbox button. */
@ExtendWith(ApplicationExtension.class)
class AccountsViewTest {
    private Sandbox sandbox;
    private AccountsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPrivateKey("private_accountsViewTestKeyWXYZ"));
        Path library = Files.createTempDirectory("accounts-view");
        model = new AccountsViewModel(library, KeyVault.inMemory(), TaskRunner.sameThread());
        Scene scene = new Scene(new AccountsView(model), 1100, 700);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        model.close();
        sandbox.close();
    }

    @Test
    void aProfileAddedThroughTheFormShowsOnlyItsMaskedKeyAndConnects(FxRobot robot) {
        PasswordField keyField = robot.lookup("#account-private").queryAs(PasswordField.class);
        assertThat(keyField.getPromptText()).as("nothing stored yet").isEqualTo("private_… (kept in the OS credential store)");
        robot.clickOn("#account-add");
        assertThat(keyField.getPromptText()).isEqualTo("private_… (kept in the OS credential store)");
        robot.clickOn("#account-name").write("staging");
        robot.clickOn("#account-endpoint").write(sandbox.urlEndpoint());
        robot.clickOn("#account-api").write(sandbox.apiBase());
        robot.clickOn("#account-upload").write(sandbox.uploadBase());
        robot.clickOn("#account-private").write("private_accountsViewTestKeyWXYZ");
        robot.clickOn("#account-save");

        ListView<?> list = robot.lookup("#account-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Object::toString).containsExactly("staging");
        assertThat(robot.lookup("#account-key-hint").queryAs(Label.class).getText()).isEqualTo("private_…WXYZ");
        assertThat(robot.lookup("#account-private").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(keyField.getPromptText()).isEqualTo("stored: private_…WXYZ (type to replace)");

        robot.clickOn(".account-switcher").type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(model.activeProperty().get().name()).isEqualTo("staging");
        robot.clickOn("#account-test");
        Label status = robot.lookup("#account-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Connected to " + sandbox.apiBase() + " as staging");
        assertThat(status.getStyleClass()).contains("success-text");
    }

    @Test
    void aBadEndpointIsRefusedInTheForm(FxRobot robot) {
        robot.clickOn("#account-add");
        robot.clickOn("#account-name").write("prod");
        robot.clickOn("#account-endpoint").write("ik.imagekit.io/demo");
        robot.clickOn("#account-private").write("private_x");
        robot.clickOn("#account-save");
        assertThat(robot.lookup("#account-error").queryAs(Label.class).getText()).startsWith("URL endpoint:");
        assertThat(model.profiles()).isEmpty();
    }

    @Test
    void theSandboxButtonStartsTheLocalStandInAndMakesItActive(FxRobot robot) {
        robot.clickOn("#account-sandbox");
        assertThat(robot.lookup("#account-status").queryAs(Label.class).getText()).isEqualTo("Active: Local sandbox");
        assertThat(robot.lookup("#account-list").queryAs(ListView.class).getItems()).extracting(Object::toString)
                .containsExactly("Local sandbox (local sandbox)");
        robot.clickOn("#account-test");
        assertThat(robot.lookup("#account-status").queryAs(Label.class).getText()).startsWith("Connected to http://127.0.0.1:");
    }

    @Test
    void theActiveAccountsUsageIsShownAndARefusedKeyIsExplained(FxRobot robot) throws Exception {
        robot.clickOn("#account-sandbox");
        assertThat(robot.lookup("#usage-status").queryAs(Label.class).getText()).isEqualTo("Usage of Local sandbox");
        assertThat(robot.lookup("#usage-media-library-storage").queryAs(Label.class).getText()).isEqualTo("0 B");
        assertThat(robot.lookup("#usage-bandwidth-this-month").queryAs(Label.class).getText()).isEqualTo("0 B");
        assertThat(robot.lookup("#usage-range").queryAs(Label.class).getText()).endsWith("(UTC)");

        // A file of 2,000 bytes: Refresh reads it from the stand-in's state.
        Connection c = model.connectionProperty().get();
        c.client().uploads().upload(io.mediadesk.sync.client.model.UploadRequest.of(Files.write(
                Files.createTempDirectory("usage").resolve("two-k.bin"), new byte[2000])));
        robot.clickOn("#usage-refresh");
        assertThat(robot.lookup("#usage-media-library-storage").queryAs(Label.class).getText()).isEqualTo("2.0 KB (2,000 bytes)");

        // The profile on the test's own stand-in, whose key lacks the permission.
        sandbox.usagePermission(false);
        robot.clickOn("#account-add");
        robot.clickOn("#account-name").write("restricted");
        robot.clickOn("#account-endpoint").write(sandbox.urlEndpoint());
        robot.clickOn("#account-api").write(sandbox.apiBase());
        robot.clickOn("#account-upload").write(sandbox.uploadBase());
        robot.clickOn("#account-private").write("private_accountsViewTestKeyWXYZ");
        robot.clickOn("#account-save");
        robot.interact(() -> model.activate(model.profiles().stream().filter(p -> p.name().equals("restricted")).findFirst().orElseThrow()));
        Label status = robot.lookup("#usage-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("This key may not read the account's usage (HTTP 403)");
        assertThat(status.getStyleClass()).contains("error-text");
        assertThat(robot.lookup("#usage-figures").queryAs(javafx.scene.layout.GridPane.class).getChildren()).isEmpty();
    }
}
