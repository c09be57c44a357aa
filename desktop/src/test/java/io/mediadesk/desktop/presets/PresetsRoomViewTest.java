package io.mediadesk.desktop.presets;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.desktop.transform.PresetGridViewModel;
import io.mediadesk.desktop.transform.PreviewViewModel;
import io.mediadesk.desktop.transform.TestImages;
import io.mediadesk.desktop.transform.TransformStudioView;
import io.mediadesk.desktop.transform.TransformStudioViewModel;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.preset.PresetVersion;
import io.mediadesk.library.preset.Presets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real presets room and studio, headless under Monocle, over a temporary SQLite library and the real engine. */
@ExtendWith(ApplicationExtension.class)
class PresetsRoomViewTest {
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);
    private Library library;
    private Presets elsewhere;
    private PresetsRoomViewModel model;
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("presets-view");
        Path photo = TestImages.bmp(dir.resolve("photo.bmp"), 800, 600);
        library = Library.open(dir.resolve("lib"), Optional.empty());
        elsewhere = new Presets(library.catalog().presets());
        PreviewViewModel roomPreview = new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate());
        model = new PresetsRoomViewModel(new Presets(library.catalog().presets()), TaskRunner.sameThread(), roomPreview,
                connection);
        PreviewViewModel studioPreview = new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate());
        TransformStudioViewModel studio = new TransformStudioViewModel(studioPreview, new PresetGridViewModel(RENDERER, TaskRunner.sameThread()));
        studio.usePresets(model);
        TabPane tabs = new TabPane(new Tab("Presets", new PresetsRoomView(model)), new Tab("Studio", new TransformStudioView(studio)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Scene scene = new Scene(tabs, 1260, 800);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        roomPreview.open(photo);
        studioPreview.open(photo);
        model.load();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @AfterAll
    static void closeRenderer() {
        RENDERER.close();
    }

    private static String size(FxRobot robot) {
        return robot.lookup("#preset-output-size").queryAs(Label.class).getText();
    }

    @Test
    void createEditSeeThePreviewSizeChangeThenRollBack(FxRobot robot) {
        robot.clickOn("#preset-new");
        robot.clickOn("#preset-name").write("thumb");
        robot.clickOn("#preset-field").write("w-200,h-100");
        assertThat(size(robot)).startsWith("200 × 100 · BMP");
        robot.clickOn("#preset-save");
        assertThat(robot.lookup("#preset-message").queryAs(Label.class).getText()).isEqualTo("Created thumb.");
        ListView<?> list = robot.lookup("#presets-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(elsewhere.get("thumb").transformation()).isEqualTo("w-200,h-100");

        robot.clickOn("#preset-field").push(KeyCode.END).eraseText("h-100".length()).write("h-50");
        assertThat(size(robot)).startsWith("200 × 50 · BMP");
        robot.clickOn("#preset-save");
        assertThat(elsewhere.get("thumb").transformation()).isEqualTo("w-200,h-50");
        TableView<?> history = robot.lookup("#preset-history").queryAs(TableView.class);
        assertThat(history.getItems()).hasSize(2);
        assertThat(robot.lookup("#preset-diff .diff-changed").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("step 1  h  h-100  →  h-50");

        robot.clickOn("created"); // version 1's row in the history
        robot.clickOn("#preset-rollback");
        assertThat(elsewhere.get("thumb").transformation()).isEqualTo("w-200,h-100");
        assertThat(history.getItems()).extracting(v -> ((PresetVersion) v).change()).containsExactly("created", "updated", "rolled back to 1");
        assertThat(size(robot)).startsWith("200 × 100 · BMP");
        assertThat(robot.lookup("#preset-field").queryTextInputControl().getText()).isEqualTo("w-200,h-100");
    }

    @Test
    void aBadNameAndABadTransformationAreShownInline(FxRobot robot) {
        robot.clickOn("#preset-new");
        robot.clickOn("#preset-name").write("bad name");
        Label nameError = robot.lookup("#preset-name-error").queryAs(Label.class);
        assertThat(nameError.isVisible()).isTrue();
        assertThat(nameError.getText()).contains("' ' at position 3");
        robot.clickOn("#preset-field").write("w-200,zz-1");
        assertThat(robot.lookup("#preset-error").queryAs(Label.class).getText()).contains("unknown parameter \"zz\"");
        assertThat(robot.lookup("#error-underline").tryQuery()).isPresent();
        assertThat(robot.lookup("#preset-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aStaleEditShowsTheConflictAndReloadsTheOtherVersion(FxRobot robot) {
        elsewhere.set("thumb", "w-200", "", 0);
        robot.interact(() -> model.open("thumb"));
        elsewhere.set("thumb", "w-500", "", 1);
        robot.clickOn("#preset-field").push(KeyCode.END).write(",q-80");
        robot.clickOn("#preset-save");
        Node conflict = robot.lookup("#preset-conflict").query();
        assertThat(conflict.isVisible()).isTrue();
        assertThat(robot.lookup("#preset-message").queryAs(Label.class).getText()).startsWith("Changed by someone else");
        robot.clickOn("#preset-reload");
        assertThat(conflict.isVisible()).isFalse();
        assertThat(robot.lookup("#preset-field").queryTextInputControl().getText()).isEqualTo("w-500");
    }

    @Test
    void theStudioPreviewsALibraryPresetByName(FxRobot robot) {
        elsewhere.set("thumb", "w-200,h-100", "", 0);
        robot.interact(() -> model.load());
        robot.clickOn("Studio");
        robot.clickOn("#transform-field").write("n-thumb");
        assertThat(robot.lookup("#output-size").queryAs(Label.class).getText()).startsWith("200 × 100 · BMP");
        assertThat(robot.lookup("#param-w").queryTextInputControl().getText()).isEqualTo("200");

        // A change in the room shows in the studio's n-thumb at once.
        robot.interact(() -> {
            model.open("thumb");
            model.textProperty().set("w-120,h-100");
            model.save();
        });
        assertThat(robot.lookup("#output-size").queryAs(Label.class).getText()).startsWith("120 × 100 · BMP");
    }

    @Test
    void theStudioSavesItsStringAsAPresetAndAddsLibraryPresetsToTheGrid(FxRobot robot) {
        robot.clickOn("Studio");
        robot.clickOn("#transform-field").write("w-64,h-48");
        robot.clickOn("#save-as-preset");
        robot.clickOn("#save-preset-name").write("tiny");
        robot.clickOn("#save-preset-description").write("icons");
        robot.clickOn("OK");
        assertThat(robot.lookup("#preset-saved").queryAs(Label.class).getText()).isEqualTo("Saved as preset tiny (use it as n-tiny).");
        assertThat(elsewhere.get("tiny").transformation()).isEqualTo("w-64,h-48");
        assertThat(elsewhere.get("tiny").description()).isEqualTo("icons");

        robot.clickOn("Side by side");
        robot.clickOn("#grid-add-preset");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(cell -> "tiny".equals(cell.getText())).findFirst().orElseThrow());
        assertThat(robot.lookup(".grid-preset").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("n-tiny");
        assertThat(robot.lookup(".grid-summary").queryAllAs(Label.class)).extracting(Label::getText)
                .singleElement().satisfies(t -> assertThat(t).startsWith("64 × 48 · BMP"));
    }

    @Test
    void theAffectedUrlsAreHandedToThePurgeAfterConfirmation(FxRobot robot) throws Exception {
        try (io.mediadesk.sync.sandbox.Sandbox sandbox = io.mediadesk.sync.sandbox.Sandbox.start(
                io.mediadesk.sync.sandbox.SandboxOptions.defaults())) {
            elsewhere.set("thumb", "w-200", "", 0);
            elsewhere.set("card", "n-thumb,r-8", "", 0);
            java.util.List<java.util.List<String>> handed = new java.util.ArrayList<>();
            robot.interact(() -> {
                connection.set(io.mediadesk.desktop.account.SandboxAccount.connect(sandbox));
                model.useSources(new io.mediadesk.desktop.purge.PurgeSources() {
                    @Override
                    public java.util.function.Supplier<java.util.List<String>> selection() {
                        return () -> java.util.List.of("/shop/shoe.jpg");
                    }

                    @Override
                    public Optional<Folder> folder() {
                        return Optional.empty();
                    }
                });
                model.usePurge(handed::add);
                model.open("thumb");
            });
            robot.clickOn("Used by");
            assertThat(robot.lookup("#preset-used-by").queryAs(ListView.class).getItems()).containsExactly("card");
            robot.clickOn("#preset-urls-selection");
            String base = sandbox.urlEndpoint();
            assertThat(robot.lookup("#preset-affected").queryAs(ListView.class).getItems())
                    .containsExactly(base + "/tr:n-thumb/shop/shoe.jpg", base + "/tr:n-card/shop/shoe.jpg");
            robot.clickOn("#preset-purge");
            robot.clickOn("Cancel");
            assertThat(handed).as("nothing sent without confirmation").isEmpty();
            robot.clickOn("#preset-purge");
            robot.clickOn("OK");
            assertThat(handed).containsExactly(java.util.List.of(base + "/tr:n-thumb/shop/shoe.jpg", base + "/tr:n-card/shop/shoe.jpg"));
        }
    }
}
