package io.mediadesk.desktop.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.importing.ImportViewModel;

import io.mediadesk.desktop.library.LibraryBrowserView;
import io.mediadesk.desktop.library.LibraryBrowserViewModel;
import io.mediadesk.desktop.library.ThumbnailCache;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.ingest.ThumbnailMaker;
import io.mediadesk.library.ingest.ThumbnailQueue;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The asset panel's Copy URL menu headless: the plain and the studio URL land on the clipboard. */
@ExtendWith(ApplicationExtension.class)
class CopyUrlViewTest {
    private Sandbox sandbox;
    private Library library;
    private Renderer renderer;
    private AssetPanelViewModel panel;
    private final SimpleStringProperty studio = new SimpleStringProperty("w-400,h-300");

    @Start
    void start(Stage stage) throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        library = Library.open(Files.createTempDirectory("copy-url"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        SandboxAccount.importCorpus(library);
        TaskRunner tasks = TaskRunner.sameThread();
        SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>(SandboxAccount.connect(sandbox));
        LibraryBrowserViewModel browser = new LibraryBrowserViewModel(library, tasks, Debouncer.immediate(), Runnable::run);
        panel = new AssetPanelViewModel(browser, tasks, new DeliveryLinks(connection, studio::get));
        LibraryBrowserView view = new LibraryBrowserView(browser, new ImportViewModel(library, tasks, Runnable::run), panel,
                new ThumbnailCache(new ThumbnailMaker(library.folder(), renderer), new ThumbnailQueue(new ThumbnailMaker(
                        library.folder(), renderer), library.originals(), 1), renderer, tasks,
                        javafx.application.Platform::runLater));
        browser.open();
        stage.setScene(new Scene(view, 1200, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        library.close();
        renderer.close();
        sandbox.close();
    }

    @Test
    void copyUrlPutsThePlainAndTheStudioUrlOnTheClipboard(FxRobot robot) {
        Node tile = robot.lookup(".asset-tile").queryAll().stream().filter(n -> ((javafx.scene.control.IndexedCell<?>) n).getItem() != null)
                .findFirst().orElseThrow();
        robot.clickOn(tile);
        String path = panel.assetProperty().get().filePath();

        robot.clickOn("#copy-url").clickOn("#copy-url-plain");
        assertThat(clipboard(robot)).isEqualTo(sandbox.urlEndpoint() + path);
        assertThat(panel.messageProperty().get()).isEqualTo("Copied: " + sandbox.urlEndpoint() + path);

        robot.clickOn("#copy-url").clickOn("#copy-url-studio");
        assertThat(clipboard(robot)).isEqualTo(sandbox.urlEndpoint() + "/tr:w-400,h-300" + path);

        robot.clickOn("#copy-url").clickOn("#copy-url-signed-1h");
        assertThat(clipboard(robot)).startsWith(sandbox.urlEndpoint() + path + "?ik-t=").contains("&ik-s=");
    }

    private static String clipboard(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }
}
