package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The folders, root first; a row asks for its subtree's count the first time it is shown, so only
 * the visible rows are ever counted. Choosing a folder narrows the search to its subtree.
 */
final class FolderTree extends TreeView<FolderPath> {
    private final Map<FolderPath, String> counts = new HashMap<>();

    FolderTree(LibraryBrowserViewModel model) {
        setId("folder-tree");
        setPrefWidth(220);
        setShowRoot(true);
        setCellFactory(t -> new FolderCell(model));
        model.folders().folders().addListener((ListChangeListener<Folder>) c -> rebuild(model.folders().folders()));
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) model.filters().folder().set(now.getValue());
        });
        rebuild(model.folders().folders()); // listed already when this view is built after the first search
    }

    private void rebuild(List<Folder> folders) {
        counts.clear();
        FolderPath chosen = getSelectionModel().getSelectedItem() == null ? null : getSelectionModel().getSelectedItem().getValue();
        Map<FolderPath, TreeItem<FolderPath>> items = new HashMap<>();
        TreeItem<FolderPath> root = new TreeItem<>(FolderPath.root());
        root.setExpanded(true);
        items.put(FolderPath.root(), root);
        for (Folder f : folders) { // parents come before children
            if (f.path().isRoot()) continue;
            TreeItem<FolderPath> item = new TreeItem<>(f.path());
            items.getOrDefault(f.parent(), root).getChildren().add(item);
            items.put(f.path(), item);
        }
        setRoot(root);
        if (chosen != null && items.containsKey(chosen)) getSelectionModel().select(items.get(chosen));
    }

    private final class FolderCell extends TreeCell<FolderPath> {
        private final LibraryBrowserViewModel model;

        FolderCell(LibraryBrowserViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(FolderPath path, boolean empty) {
            super.updateItem(path, empty);
            if (empty || path == null) {
                setText(null);
                return;
            }
            String name = path.isRoot() ? "All assets" : path.name();
            String count = counts.get(path);
            setText(count == null ? name : name + "  (" + count + ")");
            if (count == null) {
                counts.put(path, "…");
                model.folders().count(path, n -> {
                    counts.put(path, String.valueOf(n));
                    refresh();
                });
            }
        }
    }
}
