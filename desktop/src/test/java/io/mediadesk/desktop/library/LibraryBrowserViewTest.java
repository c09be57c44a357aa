package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.FolderPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import io.mediadesk.library.ingest.Cancellation;
import io.mediadesk.library.ingest.ImportItem;
import io.mediadesk.library.ingest.ImportOptions;
import io.mediadesk.library.ingest.ImportProgress;
import io.mediadesk.library.ingest.ImportReport;
import io.mediadesk.library.ingest.Importer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real browser headless under Monocle: import, search, select, tag, trash and restore. */
@ExtendWith(ApplicationExtension.class)
class LibraryBrowserViewTest {
    private static Library library;
    private static Renderer renderer;
    private BrowserFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("browser-view"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        stage.setScene(new Scene(fx.view(), 1300, 850));
        stage.show();
    }

    @AfterAll
    static void close() {
        library.close();
        renderer.close();
    }

    @Test
    void importSearchSelectTagThenTrashAndRestore(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#empty-title").query().getParent().isVisible()).isTrue();
        Path folder = BrowserFixture.corpusFolder(Files.createTempDirectory("corpus"), 4);
        robot.interact(() -> fx.importer().start(List.of(folder), FolderPath.root()));
        assertThat(robot.lookup("#empty-title").query().getParent().isVisible()).isFalse();
        assertThat(fx.browser().resultsProperty().get()).hasSize(4);

        robot.clickOn("#search-field").write("path : \"/campaign/\"").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.browser().resultsProperty().get()).hasSize(4);

        List<javafx.scene.Node> tiles = robot.lookup(".asset-tile").queryAll().stream()
                .filter(n -> ((AssetTile) n).getItem() != null).map(n -> (javafx.scene.Node) n).toList();
        robot.clickOn(tiles.get(0));
        robot.press(KeyCode.CONTROL).clickOn(tiles.get(1)).release(KeyCode.CONTROL);
        assertThat(fx.browser().selection().ids()).hasSize(2);
        robot.clickOn("#tag-input").write("spring-launch").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tag-chips").lookup(".tag-chip").queryAll()).hasSize(1);
        assertThat(fx.browser().selection().ids()).allSatisfy(id ->
                assertThat(library.assets().find(id).orElseThrow().tags().toString()).contains("spring-launch"));

        robot.clickOn(tiles.get(0)).type(KeyCode.DELETE);
        assertThat(fx.browser().resultsProperty().get()).hasSize(3);
        robot.clickOn("#trash-toggle");
        assertThat(fx.browser().resultsProperty().get()).hasSize(1);
        robot.clickOn(robot.lookup(".asset-tile").queryAll().stream().filter(n -> ((AssetTile) n).getItem() != null)
                .findFirst().orElseThrow());
        robot.clickOn("#restore");
        assertThat(fx.browser().resultsProperty().get()).isEmpty();
        robot.clickOn("#trash-toggle");
        assertThat(fx.browser().resultsProperty().get()).hasSize(4);
    }

    @Test
    void tilesWithoutThumbnailsGetThemMadeInTheBackground(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("bare");
        for (int i = 1; i <= 3; i++) { // new bytes (a JPEG comment after SOI), so none is a duplicate of another test's
            Path source = BrowserFixture.CORPUS.resolve("orient_" + i + ".jpg");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(source), "no shared corpus");
            byte[] jpeg = Files.readAllBytes(source);
            byte[] note = ("bare copy " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            out.write(jpeg, 0, 2);
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (note.length + 2)});
            out.write(note);
            out.write(jpeg, 2, jpeg.length - 2);
            Files.write(folder.resolve("bare-" + i + ".jpg"), out.toByteArray());
        }
        // On the FX thread: the fixture hands the library's change events straight to the browser.
        List<io.mediadesk.library.asset.Asset> bare = new java.util.ArrayList<>();
        robot.interact(() -> {
            try (Importer importer = new Importer(library, java.time.Clock.systemUTC())) {
                ImportReport report = importer.run(List.of(folder), ImportOptions.DEFAULT.withThumbnails(false)
                        .withTarget(FolderPath.parse("/bare/")), ImportProgress.NONE, new Cancellation());
                report.items().forEach(i -> bare.add(library.assets().find(i.id().orElseThrow()).orElseThrow()));
            }
        });
        assertThat(bare).hasSize(3);
        robot.clickOn("#search-field").eraseText(60).write("path : \"/bare/\"").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.browser().resultsProperty().get()).hasSize(3);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tiles(robot).size() == 3
                && tiles(robot).stream().allMatch(t -> t.shownImage() != null && !t.shownImage().isError()
                        && t.shownImage().getProgress() == 1.0));
        assertThat(bare).allSatisfy(asset -> assertThat(library.folder()
                .resolve("thumbnails/256/" + asset.contentHash().substring(0, 2) + "/" + asset.contentHash() + ".jpg")).isRegularFile());
    }

    private static List<AssetTile> tiles(FxRobot robot) {
        return robot.lookup(".asset-tile").queryAll().stream().map(n -> (AssetTile) n).filter(t -> t.getItem() != null)
                .filter(t -> t.getItem().asset() != null).toList();
    }
}
