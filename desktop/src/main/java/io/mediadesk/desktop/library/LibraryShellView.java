package io.mediadesk.desktop.library;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/** The main view: folders on the left, the asset area in the middle, the catalog in the status bar. */
public final class LibraryShellView extends BorderPane {

    public LibraryShellView(LibraryShellViewModel model) {
        setId("library-shell");
        setLeft(folders(model));
        setCenter(emptyState(model));
        setBottom(statusBar(model));
    }

    private static TreeView<String> folders(LibraryShellViewModel model) {
        TreeItem<String> all = new TreeItem<>();
        all.valueProperty().bind(Bindings.createStringBinding(() -> "All assets" + count(model.assetCountProperty().get()),
                model.assetCountProperty()));
        TreeView<String> tree = new TreeView<>(all);
        tree.setId("folder-tree");
        tree.setPrefWidth(240);
        return tree;
    }

    private static String count(long n) {
        return n == LibraryShellViewModel.UNKNOWN ? "" : " (" + n + ")";
    }

    private static VBox emptyState(LibraryShellViewModel model) {
        Label title = new Label("No assets yet");
        title.setId("empty-title");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
        Label detail = new Label("This library holds no images yet.\n" + model.libraryPath());
        detail.setId("empty-detail");
        detail.setStyle("-fx-text-fill: #666;");
        VBox box = new VBox(8, title, detail);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        box.visibleProperty().bind(model.assetCountProperty().isEqualTo(0));
        return box;
    }

    private static StatusBar statusBar(LibraryShellViewModel model) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(model.statusProperty());
        return bar;
    }
}
