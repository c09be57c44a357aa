package io.mediadesk.desktop.syncpanel;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.AccountsViewModel;
import io.mediadesk.desktop.account.KeyVault;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.url.DeliveryFetch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The conflicts tab headless against the in-process sandbox: an asset renamed differently on both
 * sides shows both pictures and both names, the service's name is chosen, the plan changes, the run
 * carries it out.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictsViewTest {
    private Library library;
    private AccountsViewModel accounts;
    private Renderer renderer;
    private SyncPanelViewModel model;
    private List<AssetId> ids;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("conflicts-view");
        library = Library.open(dir.resolve("lib"), Optional.empty());
        ids = SandboxAccount.importCorpus(library);
        accounts = new AccountsViewModel(dir.resolve("lib"), KeyVault.inMemory(), TaskRunner.sameThread());
        accounts.useSandbox();
        renderer = new Renderer(Limits.DEFAULT, 1);
        model = new SyncPanelViewModel(library, accounts.connectionProperty(), TaskRunner.sameThread(), Runnable::run,
                n -> Dispatcher.inOrder(), new SidePictures(library, renderer, DeliveryFetch.withTimeout(Duration.ofSeconds(15))));
        Scene scene = new Scene(new SyncPanelView(model, accounts), 1200, 800);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        accounts.close();
        renderer.close();
        library.close();
    }

    @Test
    void aRenameOnBothSidesIsShownSideBySideAndTheServicesNameIsChosen(FxRobot robot) {
        robot.clickOn("#sync-plan");
        robot.clickOn("#sync-run");
        library.assets().move(ids.get(0), FolderPath.root(), "kitty-library.jpg");
        accounts.connectionProperty().get().client().files().rename("/afl_not_kitty.jpg", "kitty-service.jpg", false);

        robot.clickOn("#sync-plan");
        robot.clickOn("#sync-tab-conflicts");

        assertThat(robot.lookup("#sync-conflict-list").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#conflict-what").queryAs(Label.class).getText()).isEqualTo("moved on both sides");
        assertThat(robot.lookup("#conflict-library-picture").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#conflict-service-picture").queryAs(ImageView.class).getImage()).isNotNull();
        GridPane diff = robot.lookup("#conflict-diff").queryAs(GridPane.class);
        assertThat(texts(diff)).contains("Name", "kitty-library.jpg", "kitty-service.jpg");
        List<Node> collisions = diff.getChildren().stream().filter(n -> n.getStyleClass().contains("diff-collision")).toList();
        assertThat(collisions).extracting(n -> ((Label) n).getText()).containsExactly("kitty-library.jpg", "kitty-service.jpg");
        RadioButton library = robot.lookup("#conflict-choice-library").queryAs(RadioButton.class);
        assertThat(library.isSelected()).isTrue();
        assertThat(library.getText()).isEqualTo("Keep the library's (default)");
        assertThat(robot.lookup("#conflict-choice-both").queryAs(RadioButton.class).isVisible()).as("nothing to keep twice").isFalse();

        robot.clickOn("#conflict-choice-service");

        assertThat(robot.lookup("#conflict-choice-service").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#conflict-effect").queryAs(Label.class).getText()).startsWith("What collided takes the service's side");
        assertThat(model.groups()).flatExtracting(PlanGroups.Group::lines).extracting(PlanGroups.Line::text)
                .contains("move local  /kitty-library.jpg  —  -> /kitty-service.jpg");
        robot.clickOn("#sync-run");
        assertThat(this.library.assets().find(ids.get(0)).orElseThrow().filePath()).isEqualTo("/kitty-service.jpg");
        assertThat(robot.lookup("#sync-conflict-list").queryAs(ListView.class).getItems()).isEmpty();
    }

    private static List<String> texts(GridPane grid) {
        return grid.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }
}
