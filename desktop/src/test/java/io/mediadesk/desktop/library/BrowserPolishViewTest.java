package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The browser's polish headless under Monocle: the import notification, the Space preview, F2
 * rename, rubber-band selection, undo and redo from the keyboard, the metadata form, the History
 * list and what a drag out carries.
 */
@ExtendWith(ApplicationExtension.class)
class BrowserPolishViewTest {
    private Library library;
    private Renderer renderer;
    private BrowserFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(Files.createTempDirectory("browser-polish"), Optional.empty());
        library.assets().defineField(new CustomField("rating", "Rating", FieldSchema.of(FieldType.NUMBER)
                .withRange(new MetaValue.Num(1), new MetaValue.Num(5))));
        renderer = new Renderer(Limits.DEFAULT, 1);
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        fx.browser().tileSizeProperty().set(100); // four tiles in one row, empty grid to their right
        stage.setScene(new Scene(fx.view(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        fx.browser().close();
        library.close();
        renderer.close();
    }

    private void importFour(FxRobot robot) throws Exception {
        Path folder = BrowserFixture.corpusFolder(Files.createTempDirectory("corpus"), 4);
        robot.interact(() -> fx.importer().start(List.of(folder), FolderPath.root()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.browser().resultsProperty().get()).hasSize(4);
    }

    /** The tiles with an asset, left to right. */
    private static List<AssetTile> tiles(FxRobot robot) {
        return robot.lookup(".asset-tile").queryAll().stream().map(n -> (AssetTile) n)
                .filter(t -> t.getItem() != null && t.getItem().asset() != null)
                .sorted(Comparator.comparingInt(t -> t.getItem().index())).toList();
    }

    @Test
    void aFinishedImportIsNotifiedWithoutTakingClicksFromTheTiles(FxRobot robot) throws Exception {
        importFour(robot);
        List<Label> notices = robot.lookup("#notices").lookup(".notice").queryAllAs(Label.class).stream().toList();
        assertThat(notices).extracting(Label::getText).containsExactly("Import finished: 4 imported, 0 duplicates, 0 failed");
        assertThat(notices.get(0).getStyleClass()).contains("notice-success");
        assertThat(notices.get(0).isVisible()).isTrue();
        assertThat(robot.lookup("#notices").query().isMouseTransparent()).isTrue(); // a toast never swallows a click
        AssetTile under = tiles(robot).get(3);
        Asset underAsset = under.getItem().asset();
        robot.clickOn(under);
        assertThat(fx.browser().currentProperty().get()).isEqualTo(underAsset);
        robot.interact(() -> fx.browser().notices().dismiss(fx.browser().notices().shown().get(0)));
        assertThat(robot.lookup("#notices").lookup(".notice").queryAll()).isEmpty();
    }

    @Test
    void spaceOpensTheLargePreviewArrowsMoveItAndEscapeClosesIt(FxRobot robot) throws Exception {
        importFour(robot);
        List<AssetTile> tiles = tiles(robot);
        // The assets, read before anything is clicked: a grid may hand its cells to other items later.
        List<Asset> shown = tiles.stream().map(t -> t.getItem().asset()).toList();
        robot.clickOn(tiles.get(0)).type(KeyCode.SPACE);
        Node overlay = robot.lookup("#preview-overlay").query();
        assertThat(overlay.isVisible()).isTrue();
        Label caption = robot.lookup("#preview-caption").queryAs(Label.class);
        Asset first = shown.get(0);
        assertThat(caption.getText()).startsWith(first.name() + "   ·   " + first.width() + " × " + first.height());
        robot.type(KeyCode.RIGHT);
        assertThat(caption.getText()).startsWith(shown.get(1).name());
        assertThat(fx.browser().currentProperty().get()).isEqualTo(shown.get(1));
        robot.type(KeyCode.ESCAPE);
        assertThat(overlay.isVisible()).isFalse();
        assertThat(fx.browser().selection().ids()).hasSize(1); // Escape closed the preview, the selection stays
        robot.type(KeyCode.SPACE);
        assertThat(overlay.isVisible()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(overlay.isVisible()).isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#search-field").query().isFocused()).isTrue();
    }

    @Test
    void f2RenamesInPlaceAndATakenNameIsRefusedWithAMessage(FxRobot robot) throws Exception {
        importFour(robot);
        List<AssetTile> tiles = tiles(robot);
        // The assets, read before anything is clicked: a grid may hand its cells to other items later.
        List<Asset> shown = tiles.stream().map(t -> t.getItem().asset()).toList();
        Asset first = shown.get(0);
        Asset second = shown.get(1);
        robot.clickOn(tiles.get(0)).type(KeyCode.F2);
        assertThat(robot.lookup("#tile-rename").match(Node::isVisible).queryAll()).hasSize(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("hero.jpg").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(first.id()).orElseThrow().name()).isEqualTo("hero.jpg");
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Renamed " + first.name() + " to hero.jpg");

        robot.clickOn(tiles(robot).get(1)).type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("hero.jpg").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(second.id()).orElseThrow().name()).isEqualTo(second.name());
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Cannot rename " + second.name()
                + ": an asset named /campaign/hero.jpg already exists");

        robot.clickOn(tiles(robot).get(1)).type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("no spaces.jpg").type(KeyCode.ENTER);
        assertThat(fx.browser().statusProperty().get()).contains("may only hold letters, digits");
        robot.clickOn(tiles(robot).get(1)).type(KeyCode.F2).type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#tile-rename").match(Node::isVisible).queryAll()).isEmpty();
        assertThat(library.assets().find(second.id()).orElseThrow().name()).isEqualTo(second.name());
    }

    @Test
    void aRubberBandSelectsTheTilesItTouches(FxRobot robot) throws Exception {
        importFour(robot);
        List<AssetTile> tiles = tiles(robot);
        // The assets, read before anything is clicked: a grid may hand its cells to other items later.
        List<Asset> shown = tiles.stream().map(t -> t.getItem().asset()).toList();
        Bounds last = tiles.get(3).localToScreen(tiles.get(3).getLayoutBounds());
        Bounds first = tiles.get(0).localToScreen(tiles.get(0).getLayoutBounds());
        Point2D empty = new Point2D(last.getMaxX() + 60, last.getMaxY() + 40);

        robot.drag(empty, MouseButton.PRIMARY).dropTo(new Point2D(first.getCenterX(), first.getCenterY()));
        assertThat(fx.browser().selection().ids()).containsExactlyInAnyOrderElementsOf(
                shown.stream().map(Asset::id).toList());

        robot.drag(empty, MouseButton.PRIMARY).dropTo(new Point2D(last.getCenterX(), last.getCenterY()));
        assertThat(fx.browser().selection().ids()).containsExactly(shown.get(3).id());

        robot.press(KeyCode.CONTROL);
        Bounds second = tiles.get(1).localToScreen(tiles.get(1).getLayoutBounds());
        robot.drag(new Point2D(second.getCenterX(), second.getMaxY() + 40), MouseButton.PRIMARY)
                .dropTo(new Point2D(second.getCenterX(), second.getCenterY()));
        robot.release(KeyCode.CONTROL);
        assertThat(fx.browser().selection().ids()).containsExactlyInAnyOrder(shown.get(1).id(),
                shown.get(3).id());
    }

    @Test
    void ctrlZUndoesATagAddAndCtrlShiftZRedoesIt(FxRobot robot) throws Exception {
        importFour(robot);
        List<AssetTile> tiles = tiles(robot);
        // The assets, read before anything is clicked: a grid may hand its cells to other items later.
        List<Asset> shown = tiles.stream().map(t -> t.getItem().asset()).toList();
        Asset asset = shown.get(2);
        robot.clickOn(tiles.get(2));
        robot.clickOn("#tag-input").write("autumn").type(KeyCode.ENTER);
        assertThat(library.assets().find(asset.id()).orElseThrow().tags()).containsExactly(new Tag("autumn"));
        ListView<?> history = robot.lookup("#asset-history").queryAs(ListView.class);
        assertThat(history.getItems().toString()).contains("tag.add").contains("autumn");

        robot.clickOn(tiles(robot).get(2)); // the keys go to the grid, not the tag field's own text undo
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(asset.id()).orElseThrow().tags()).isEmpty();
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Undone: added \"autumn\" to 1 asset");
        assertThat(robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .isEqualTo("Undone: added \"autumn\" to 1 asset");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(asset.id()).orElseThrow().tags()).containsExactly(new Tag("autumn"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(library.assets().find(asset.id()).orElseThrow().tags()).containsExactly(new Tag("autumn"));

        assertThat(robot.lookup("#redo").queryButton().isDisabled()).isTrue();
        robot.clickOn("#undo");
        assertThat(library.assets().find(asset.id()).orElseThrow().tags()).isEmpty();
        assertThat(robot.lookup("#undo").queryButton().isDisabled()).isTrue();
        robot.clickOn("#redo");
        assertThat(library.assets().find(asset.id()).orElseThrow().tags()).containsExactly(new Tag("autumn"));
    }

    @Test
    void theListViewPreviewsWithSpaceAndMovesWithTheArrows(FxRobot robot) throws Exception {
        importFour(robot);
        robot.clickOn("#list-toggle");
        javafx.scene.control.TableView<?> table = robot.lookup("#asset-table").queryAs(javafx.scene.control.TableView.class);
        Node firstRow = robot.lookup("#asset-table").lookup(".table-row-cell").nth(0).query();
        robot.clickOn(firstRow).type(KeyCode.SPACE);
        assertThat(robot.lookup("#preview-overlay").query().isVisible()).isTrue();
        Asset first = fx.browser().resultsProperty().get().get(0).asset();
        assertThat(robot.lookup("#preview-caption").queryAs(Label.class).getText()).startsWith(first.name());
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup("#preview-caption").queryAs(Label.class).getText())
                .startsWith(fx.browser().resultsProperty().get().get(1).asset().name());
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#preview-overlay").query().isVisible()).isFalse();
        assertThat(table.isVisible()).isTrue();
    }

    @Test
    void f2RenamesInTheListViewTooAndCtrlZTakesTheNameBack(FxRobot robot) throws Exception {
        importFour(robot);
        // The assets, read once before anything is clicked: rows are recycled like the grid's cells.
        List<Asset> shown = java.util.stream.IntStream.range(0, 4).mapToObj(i -> fx.browser().resultsProperty().get().get(i).asset())
                .toList();
        robot.clickOn("#list-toggle");
        Node firstRow = robot.lookup("#asset-table").lookup(".table-row-cell").nth(0).query();
        robot.clickOn(firstRow).type(KeyCode.F2);
        javafx.scene.control.TextField field = robot.lookup("#asset-table").lookup(".text-field")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(field.getText()).isEqualTo(shown.get(0).name());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("cover.jpg").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(shown.get(0).id()).orElseThrow().name()).isEqualTo("cover.jpg");
        assertThat(robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .isEqualTo("Renamed " + shown.get(0).name() + " to cover.jpg");
        assertThat(robot.lookup("#asset-table").lookup(".table-row-cell").nth(0).lookup(".table-cell")
                .queryAs(javafx.scene.control.TableCell.class).getText()).isEqualTo("cover.jpg");

        // a taken name and a name the library's rule refuses: the status line says why, nothing changes
        robot.clickOn(row(robot, 1)).type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("cover.jpg").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Cannot rename " + shown.get(1).name()
                + ": an asset named /campaign/cover.jpg already exists");
        assertThat(robot.lookup("#asset-table").lookup(".table-row-cell").nth(1).lookup(".table-cell")
                .queryAs(javafx.scene.control.TableCell.class).getText()).isEqualTo(shown.get(1).name()); // not the refused text
        robot.clickOn(row(robot, 1)).type(KeyCode.F2);
robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("a b.jpg").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.browser().statusProperty().get()).startsWith("Cannot rename " + shown.get(1).name() + ": file name \"a b.jpg\"");
        assertThat(library.assets().find(shown.get(1).id()).orElseThrow().name()).isEqualTo(shown.get(1).name());

        // Escape leaves the name as it was; the table keeps the keys afterwards
        robot.clickOn(row(robot, 1)).type(KeyCode.F2).type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#asset-table").lookup(".text-field").queryAllAs(Node.class)).noneMatch(Node::isVisible);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.assets().find(shown.get(0).id()).orElseThrow().name()).isEqualTo(shown.get(0).name());
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Undone: renamed " + shown.get(0).name() + " to cover.jpg");
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#asset-table").lookup(".table-row-cell").nth(index).queryAs(Node.class);
    }

    @Test
    void theMetadataFormShowsTheRuleBrokenAndAppliesToTheSelection(FxRobot robot) throws Exception {
        importFour(robot);
        List<AssetTile> tiles = tiles(robot);
        // The assets, read before anything is clicked: a grid may hand its cells to other items later.
        List<Asset> shown = tiles.stream().map(t -> t.getItem().asset()).toList();
        robot.clickOn(tiles.get(0));
        robot.press(KeyCode.CONTROL).clickOn(tiles.get(1)).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#metadata-title").queryAs(Label.class).getText()).isEqualTo("Custom metadata · applied to 2 selected");
        Button apply = robot.lookup("#metadata-apply").queryButton();
        assertThat(apply.isDisabled()).isTrue();
        robot.clickOn("#field-rating").write("9");
        Label error = robot.lookup("#field-error-rating").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("rating must be at most 5.0, was 9.0");
        assertThat(apply.isDisabled()).isTrue();
        robot.eraseText(1).write("4");
        assertThat(error.isVisible()).isFalse();
        robot.clickOn(apply);
        Set<Object> ratings = shown.subList(0, 2).stream().map(a -> library.assets().find(a.id()).orElseThrow()
                .customMetadata().get("rating")).collect(Collectors.toSet());
        assertThat(ratings).containsExactly(new MetaValue.Num(4));
        assertThat(library.assets().find(shown.get(2).id()).orElseThrow().customMetadata()).isEmpty();

        robot.clickOn(tiles(robot).get(3));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(shown.subList(0, 2)).allSatisfy(a -> assertThat(library.assets().find(a.id()).orElseThrow()
                .customMetadata()).isEmpty());
    }

    @Test
    void aDragOutCarriesTheOriginalsUnderTheirNamesAndTheirUrls(FxRobot robot) throws Exception {
        importFour(robot);
        List<Asset> assets = tiles(robot).stream().map(t -> t.getItem().asset()).toList();
        DragOut withAccount = new DragOut(library.originals(), a -> Optional.of("https://ik.example.com/demo" + a.filePath()));
        javafx.scene.input.ClipboardContent content = withAccount.content(assets.subList(0, 2));
        List<java.io.File> files = content.getFiles();
        assertThat(files).extracting(java.io.File::getName).containsExactly(assets.get(0).name(), assets.get(1).name());
        for (int i = 0; i < 2; i++) {
            Path source = BrowserFixture.CORPUS.resolve(assets.get(i).name());
            assertThat(Files.mismatch(files.get(i).toPath(), source)).isEqualTo(-1L); // the same bytes as the file imported
        }
        assertThat(content.getString()).isEqualTo("https://ik.example.com/demo/campaign/" + assets.get(0).name()
                + "\nhttps://ik.example.com/demo/campaign/" + assets.get(1).name());

        javafx.scene.input.ClipboardContent offline = new DragOut(library.originals(), a -> Optional.empty()).content(assets.subList(0, 1));
        assertThat(offline.hasString()).isFalse();
        assertThat(offline.getFiles()).hasSize(1);
    }
}
