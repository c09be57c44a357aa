package io.mediadesk.desktop.transform;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The side-by-side grid: one row per preset, one column per image, each cell the engine's output
 * with its true size and bytes. The grid is laid out again whenever cells come or go.
 */
final class PresetGridView extends BorderPane {
    private static final double CELL = 240;

    PresetGridView(TransformStudioViewModel studio, Consumer<Consumer<Path>> chooseImage) {
        PresetGridViewModel model = studio.grid();
        setId("preset-grid");
        Button addCurrent = new Button("Add current transformation");
        addCurrent.setId("grid-add-current");
        addCurrent.setOnAction(e -> studio.addToGrid());
        Button addImage = new Button("Add image…");
        addImage.setOnAction(e -> chooseImage.accept(model::addImage));
        Button clear = new Button("Clear");
        clear.setOnAction(e -> model.clear());
        javafx.scene.control.ComboBox<String> library = new javafx.scene.control.ComboBox<>(studio.presets().names());
        library.setId("grid-add-preset");
        library.setPromptText("Add library preset");
        library.setOnAction(e -> {
            String name = library.getValue();
            if (name != null) {
                studio.addLibraryPresetToGrid(name);
                javafx.application.Platform.runLater(() -> library.getSelectionModel().clearSelection());
            }
        });
        setTop(new ToolBar(addCurrent, library, addImage, clear));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("preset-grid");
        InvalidationListener relayout = o -> layOut(grid, model);
        model.cells().addListener(relayout);
        model.presets().addListener(relayout);
        model.images().addListener(relayout);
        layOut(grid, model); // the grid may have been filled (from the presets room) before this view was built
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        StackPane centre = new StackPane(scroll, empty(model));
        setCenter(centre);
    }

    private static Label empty(PresetGridViewModel model) {
        Label hint = new Label("Compare presets side by side.\nAdd the current transformation, then add images: "
                + "every preset is rendered over every image.");
        hint.getStyleClass().add("empty-hint");
        hint.setAlignment(Pos.CENTER);
        hint.visibleProperty().bind(Bindings.isEmpty(model.cells()));
        return hint;
    }

    private static void layOut(GridPane grid, PresetGridViewModel model) {
        grid.getChildren().clear();
        for (int c = 0; c < model.images().size(); c++) {
            Label name = new Label(model.images().get(c).getFileName().toString());
            name.getStyleClass().add("grid-header");
            grid.add(name, c + 1, 0);
        }
        for (int r = 0; r < model.presets().size(); r++) {
            Label preset = new Label(model.presets().get(r).isEmpty() ? "(original)" : model.presets().get(r));
            preset.getStyleClass().addAll("grid-header", "grid-preset");
            preset.setWrapText(true);
            preset.setMaxWidth(180);
            grid.add(preset, 0, r + 1);
        }
        for (GridCell cell : model.cells()) {
            int row = model.presets().indexOf(cell.preset());
            int column = model.images().indexOf(cell.image());
            if (row >= 0 && column >= 0) {
                grid.add(cell(cell), column + 1, row + 1);
            }
        }
    }

    private static VBox cell(GridCell cell) {
        ImageView view = new ImageView();
        view.imageProperty().bind(Bindings.createObjectBinding(() -> FxPixels.image(cell.pixelsProperty().get()),
                cell.pixelsProperty()));
        view.setPreserveRatio(true);
        view.setFitWidth(CELL);
        view.setFitHeight(CELL);
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("checkerboard");
        frame.setPrefSize(CELL + 8, CELL + 8);
        Label summary = new Label();
        summary.getStyleClass().add("grid-summary");
        summary.textProperty().bind(cell.summaryProperty());
        summary.setWrapText(true);
        summary.setMaxWidth(CELL);
        VBox box = new VBox(4, frame, summary);
        box.getStyleClass().add("grid-cell");
        return box;
    }
}
