package io.mediadesk.desktop.library;

import io.mediadesk.desktop.asset.AssetPanelView;
import io.mediadesk.desktop.asset.AssetPanelViewModel;
import io.mediadesk.desktop.importing.ImportPanel;
import io.mediadesk.desktop.importing.ImportViewModel;
import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;

/**
 * The library browser: folders left, toolbar and grid (or list) in the middle with the import
 * panel under it, the asset panel right, the status bar below; the first-run screen instead of the
 * grid while the library is empty. Files dropped on the middle are imported into the chosen folder.
 */
public final class LibraryBrowserView extends BorderPane {
    /** A "thumbnails done" notice only after a real backlog, not for each screen scrolled to. */
    static final int THUMBNAIL_BATCH = 20;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final AssetPanelView assetPanel;

    public LibraryBrowserView(LibraryBrowserViewModel model, ImportViewModel importer, AssetPanelViewModel panel,
            ThumbnailCache thumbnails) {
        setId("library-browser");
        BrowserActions actions = new BrowserActions(model);
        Runnable files = () -> chooseFiles(model, importer);
        Runnable folder = () -> chooseFolder(model, importer);
        BrowserToolbar toolbar = new BrowserToolbar(model, actions, files, folder);
        AssetGrid grid = new AssetGrid(model, actions, thumbnails, new DragOut(model.originals(), panel::plainUrl));
        javafx.scene.layout.Pane bandLayer = new javafx.scene.layout.Pane();
        new RubberBand(grid, bandLayer, actions);
        bandLayer.visibleProperty().bind(grid.visibleProperty());
        PreviewOverlay preview = new PreviewOverlay(model, thumbnails);
        AssetTable table = new AssetTable(model, actions);
        grid.visibleProperty().bind(model.detailsProperty().not());
        table.visibleProperty().bind(model.detailsProperty());
        VBox firstRun = firstRun(model, folder);
        NoticeArea notices = new NoticeArea(model.notices());
        StackPane.setAlignment(notices, Pos.BOTTOM_RIGHT);
        StackPane results = new StackPane(grid, bandLayer, table, firstRun, preview, notices);
        importer.onDone((failed, text) -> model.notices().post(failed ? Notices.Kind.FAILURE : Notices.Kind.SUCCESS, text));
        thumbnails.onBatchMade(THUMBNAIL_BATCH, n -> model.notices().post(Notices.Kind.INFO, "Thumbnails done: " + n + " made"));
        VBox.setVgrow(results, javafx.scene.layout.Priority.ALWAYS);
        acceptDrops(results, model, importer);
        VBox middle = new VBox(8, toolbar, results, new ImportPanel(importer));
        middle.setPadding(new Insets(8));
        setLeft(new FolderTree(model));
        setCenter(middle);
        assetPanel = new AssetPanelView(panel, thumbnails);
        setRight(assetPanel);
        setBottom(statusBar(model));
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) return;
            // Scene-wide keys, so they act only while the library is the area on show; a focused
            // text field consumes Ctrl+Z itself (its own text undo) before they are reached.
            scene.getAccelerators().put(FIND, () -> {
                if (isVisible()) toolbar.search().field().requestFocus();
            });
            scene.getAccelerators().put(UNDO, () -> {
                if (isVisible()) model.history().undo();
            });
            scene.getAccelerators().put(REDO, () -> {
                if (isVisible()) model.history().redo();
            });
            scene.getAccelerators().put(REDO_Y, () -> {
                if (isVisible()) model.history().redo();
            });
        });
    }

    /** The asset panel on the right. */
    public AssetPanelView assetPanel() {
        return assetPanel;
    }

    private static VBox firstRun(LibraryBrowserViewModel model, Runnable importFolder) {
        Label title = new Label("Your library is empty");
        title.setId("empty-title");
        title.getStyleClass().add("title-2");
        Label detail = new Label("Import a folder of images to start: its layout is kept, duplicates are skipped,\n"
                + "and thumbnails are made as it goes. You can also drop files here.\n" + model.libraryPath());
        detail.setId("empty-detail");
        detail.getStyleClass().add("text-muted");
        Button start = new Button("Import a folder…");
        start.setId("first-import");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> importFolder.run());
        VBox box = new VBox(12, title, detail, start);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("first-run");
        box.visibleProperty().bind(model.libraryCountProperty().isEqualTo(0));
        return box;
    }

    private static void acceptDrops(StackPane target, LibraryBrowserViewModel model, ImportViewModel importer) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) importer.start(e.getDragboard().getFiles().stream().map(File::toPath).toList(), model.filters().folder().get());
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private void chooseFiles(LibraryBrowserViewModel model, ImportViewModel importer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import images");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images",
                List.of("*.jpg", "*.jpeg", "*.png", "*.webp", "*.gif", "*.avif", "*.tif", "*.tiff", "*.bmp")));
        List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (chosen != null) importer.start(chosen.stream().map(File::toPath).toList(), model.filters().folder().get());
    }

    private void chooseFolder(LibraryBrowserViewModel model, ImportViewModel importer) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder");
        File chosen = chooser.showDialog(getScene().getWindow());
        if (chosen != null) importer.start(List.of(chosen.toPath()), model.filters().folder().get());
    }

    private static StatusBar statusBar(LibraryBrowserViewModel model) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(model.statusProperty());
        return bar;
    }
}
