package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.store.AssetRepository;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The folder tree's data: the folder list (one cheap call) and, only when a tree row is shown,
 * how many live assets its subtree holds, so a library of thousands of folders opens without
 * thousands of counts.
 */
public final class FolderCounts {
    private final AssetRepository repository;
    private final TaskRunner tasks;
    private final BrowserQuery queries;
    private final ObservableList<Folder> folders = FXCollections.observableArrayList();

    FolderCounts(AssetRepository repository, TaskRunner tasks, BrowserQuery queries) {
        this.repository = repository;
        this.tasks = tasks;
        this.queries = queries;
    }

    void refresh() {
        tasks.run(repository::folders, folders::setAll, e -> { });
    }

    public ObservableList<Folder> folders() {
        return folders;
    }

    /** Counts the subtree in the background and hands the number back. */
    public void count(FolderPath folder, IntConsumer onCount) {
        tasks.run(() -> repository.count(queries.folder(folder), AssetQuery.Scope.ACTIVE), onCount::accept, e -> { });
    }
}
