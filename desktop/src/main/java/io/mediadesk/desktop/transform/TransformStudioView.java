package io.mediadesk.desktop.transform;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The transform studio: the string field on top, the common parameters on the left, the preview
 * (before/after wipe, output facts, notices and refusals) and the preset grid in the middle.
 * Builds controls and binds them to the {@link TransformStudioViewModel}; nothing else.
 */
public final class TransformStudioView extends BorderPane {
    private final TransformStudioViewModel model;
    private final CdnCompareViewModel cdn;

    public TransformStudioView(TransformStudioViewModel model) {
        this(model, null);
    }

    /** With {@code cdn}, a "Compare with CDN" toggle puts local | CDN | difference in place of the wipe. */
    public TransformStudioView(TransformStudioViewModel model, CdnCompareViewModel cdn) {
        this.model = model;
        this.cdn = cdn;
        setId("transform-studio");
        getStyleClass().add("transform-studio");
        setTop(editor());
        ScrollPane parameters = new ScrollPane(new ParameterPanel(model));
        parameters.setFitToWidth(true);
        parameters.getStyleClass().add("parameter-scroll");
        parameters.setPrefWidth(300);
        setLeft(parameters);
        Tab preview = new Tab("Preview", preview());
        Tab grid = new Tab("Side by side", new PresetGridView(model, this::chooseImage));
        TabPane tabs = new TabPane(preview, grid);
        tabs.setId("studio-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(model.sideBySideProperty().get() ? grid : preview);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> model.sideBySideProperty().set(tab == grid));
        model.sideBySideProperty().addListener((obs, old, on) -> tabs.getSelectionModel().select(on ? grid : preview));
        setCenter(tabs);
    }

    private VBox editor() {
        Button open = new Button("Open image…");
        open.setId("open-image");
        open.setOnAction(e -> chooseImage(model.preview()::open));
        Label source = new Label();
        source.setId("source-summary");
        source.getStyleClass().add("source-summary");
        source.textProperty().bind(model.preview().sourceSummaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button addToGrid = new Button("Add to side by side");
        addToGrid.setOnAction(e -> model.addToGrid());
        Label saved = new Label();
        saved.setId("preset-saved");
        saved.getStyleClass().add("muted");
        Button saveAs = new Button("Save as preset…");
        saveAs.setId("save-as-preset");
        saveAs.disableProperty().bind(model.errorProperty().isNotEmpty().or(model.textProperty().isEmpty()));
        saveAs.setOnAction(e -> SavePresetDialog.ask(getScene() == null ? null : getScene().getWindow())
                .ifPresent(answer -> model.saveAsPreset(answer.name(), answer.description(), saved::setText, saved::setText)));
        HBox bar = new HBox(10, open, source, spacer, saved, saveAs, addToGrid);
        if (cdn != null) {
            ToggleButton compare = new ToggleButton("Compare with CDN");
            compare.setId("compare-with-cdn");
            compare.selectedProperty().bindBidirectional(cdn.shownProperty());
            bar.getChildren().add(compare);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        TransformField field = new TransformField();
        field.setId("transform-field");
        field.setPromptText("Type a transformation, e.g. w-400,h-300,c-at_max:rt-90");
        field.textProperty().bindBidirectional(model.textProperty());
        field.errorStartProperty().bind(model.errorStartProperty());
        field.errorEndProperty().bind(model.errorEndProperty());
        new KeyCompletionBinding(field);
        Label error = new Label();
        error.setId("transform-error");
        error.getStyleClass().add("transform-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        VBox top = new VBox(8, bar, field, error);
        top.getStyleClass().add("studio-editor");
        top.setPadding(new Insets(12, 16, 12, 16));
        return top;
    }

    private BorderPane preview() {
        PreviewViewModel preview = model.preview();
        ComparePane compare = new ComparePane(image(preview.beforeProperty()), preview);
        compare.zoomKeys(this);
        compare.visibleProperty().bind(preview.sourceProperty().isNotNull());
        javafx.beans.InvalidationListener box = o -> {
            // the quick preview is made for the pane in device pixels, so a HiDPI screen still gets sharp pixels
            double scale = compare.getScene() == null || compare.getScene().getWindow() == null ? 1
                    : compare.getScene().getWindow().getOutputScaleX();
            if (compare.getWidth() > 0 && compare.getHeight() > 0) {
                preview.previewBox((int) Math.ceil(compare.getWidth() * scale), (int) Math.ceil(compare.getHeight() * scale));
            }
        };
        compare.widthProperty().addListener(box);
        compare.heightProperty().addListener(box);
        StackPane stage = new StackPane(compare, emptyState());
        stage.setId("preview-stage");
        stage.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        stage.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (files) {
                preview.open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        BorderPane pane = new BorderPane(stage);
        pane.setBottom(facts());
        if (cdn == null) {
            return pane;
        }
        CdnComparePane remote = new CdnComparePane(cdn);
        BorderPane switching = new BorderPane(cdn.shownProperty().get() ? remote : pane);
        cdn.shownProperty().addListener((obs, was, on) -> switching.setCenter(on ? remote : pane));
        return switching;
    }

    private static ObjectBinding<Image> image(javafx.beans.value.ObservableObjectValue<io.mediadesk.engine.render.RenderedPixels> pixels) {
        return Bindings.createObjectBinding(() -> FxPixels.image(pixels.get()), pixels);
    }

    private VBox emptyState() {
        Label title = new Label("Open an image to preview");
        title.getStyleClass().add("empty-title");
        Label detail = new Label("Choose a photo, or drop a file here. The preview is rendered on this machine by "
                + "the same engine rules as the CDN, so what you see is what will be served.");
        detail.getStyleClass().add("empty-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        Button open = new Button("Open image…");
        open.getStyleClass().add("accent");
        open.setOnAction(e -> chooseImage(model.preview()::open));
        VBox box = new VBox(10, title, detail, open);
        box.setId("preview-empty");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.preview().sourceProperty().isNull());
        return box;
    }

    private VBox facts() {
        PreviewViewModel preview = model.preview();
        Label size = new Label();
        size.setId("output-size");
        size.getStyleClass().add("output-size");
        size.textProperty().bind(preview.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(preview.busyProperty());
        Label time = new Label();
        time.getStyleClass().add("render-time");
        time.textProperty().bind(Bindings.when(preview.lastRenderMillisProperty().lessThan(0)).then("")
                .otherwise(Bindings.concat("preview in ", preview.lastRenderMillisProperty().asString(), " ms")));
        HBox line = new HBox(10, size, busy, time);
        line.setAlignment(Pos.CENTER_LEFT);
        Label refusal = new Label();
        refusal.setId("refusal");
        refusal.getStyleClass().add("refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(preview.refusalProperty());
        refusal.managedProperty().bind(preview.refusalProperty().isNotEmpty());
        refusal.visibleProperty().bind(preview.refusalProperty().isNotEmpty());
        Label notices = new Label();
        notices.setId("notices");
        notices.getStyleClass().add("notices");
        notices.setWrapText(true);
        notices.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", preview.notices().stream()
                .map(n -> "• " + n).toList()), preview.notices()));
        notices.managedProperty().bind(Bindings.isNotEmpty(preview.notices()));
        notices.visibleProperty().bind(Bindings.isNotEmpty(preview.notices()));
        VBox facts = new VBox(6, line, refusal, notices);
        facts.getStyleClass().add("preview-facts");
        facts.setPadding(new Insets(8, 16, 12, 16));
        return facts;
    }

    private void chooseImage(Consumer<Path> then) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an image");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images",
                "*.jpg", "*.jpeg", "*.png", "*.webp", "*.gif", "*.bmp", "*.tif", "*.tiff"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            then.accept(file.toPath());
        }
    }
}
