package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.QuerySyntaxException;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.AssetRepository;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The browser's state: what is searched (typed query, folder, quick filters, sort, trash or not),
 * the results as lazily paged {@link AssetSlots}, the selection, and the status line. Every store
 * call runs through the {@link TaskRunner}; the library's change events arrive on whatever thread
 * made the change and are handed to {@code ui} (the FX thread in the app, the caller in tests).
 */
public final class LibraryBrowserViewModel implements AutoCloseable {
    public static final long UNKNOWN = -1;

    private final Library library;
    private final AssetRepository repository;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final BrowserQuery queries = new BrowserQuery();
    private final Selection selection = new Selection();
    private final BrowserFilters filters = new BrowserFilters();
    private final TagVocabulary vocabulary = new TagVocabulary();
    private final FolderCounts folders;
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty errorPosition = new SimpleIntegerProperty(-1);
    private final ObjectProperty<AssetSlots> results;
    private final IntegerProperty resultCount = new SimpleIntegerProperty();
    private final LongProperty libraryCount = new SimpleLongProperty(UNKNOWN);
    private final StringProperty status = new SimpleStringProperty("Opening library…");
    private final ObjectProperty<Asset> current = new SimpleObjectProperty<>();
    private final DoubleProperty tileSize = new SimpleDoubleProperty(160);
    private final BooleanProperty details = new SimpleBooleanProperty();
    private final BooleanProperty previewing = new SimpleBooleanProperty();
    private final IntegerProperty renaming = new SimpleIntegerProperty(-1);
    private final EditHistory history;
    private final Notices notices = new Notices();
    private final AutoCloseable subscription;
    private final CompletionViewModel queryCompletion;
    private final CompletionViewModel tagCompletion;
    private int generation;

    public LibraryBrowserViewModel(Library library, TaskRunner tasks, Debouncer debouncer, Executor ui) {
        this.library = library;
        this.repository = library.assets();
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.results = new SimpleObjectProperty<>(AssetSlots.empty(repository));
        this.folders = new FolderCounts(repository, tasks, queries);
        this.history = new EditHistory(repository, tasks, status::set);
        // each with a wait of its own: a keystroke in the search field must not drop the pending search
        this.queryCompletion = new CompletionViewModel(CompletionViewModel.Mode.QUERY, repository, vocabulary, tasks, debouncer.another());
        this.tagCompletion = new CompletionViewModel(CompletionViewModel.Mode.TAGS, repository, vocabulary, tasks, debouncer.another());
        filters.searchText().addListener((o, was, now) -> debouncer.submit(this::search));
        filters.onChange(this::search);
        subscription = repository.subscribe(change -> ui.execute(() -> changed(change)));
    }

    /** Counts the library, lists the folders and runs the first search. */
    public void open() {
        countLibrary();
        folders.refresh();
        search();
    }

    /** Runs the current search; a malformed query shows its error and keeps the last results. */
    public void search() {
        Query filter;
        try {
            filter = queries.filter(filters.searchText().get(), filters.folder().get(), filters.quickClauses());
        } catch (QuerySyntaxException e) {
            error.set(e.getMessage());
            errorPosition.set(e.position());
            return;
        }
        error.set("");
        errorPosition.set(-1);
        AssetQuery query = AssetQuery.of(filter).sorted(filters.sort().get()).in(filters.scope().get());
        int mine = ++generation;
        tasks.run(() -> repository.count(filter, query.scope()), count -> {
            if (mine != generation) return; // a newer search has started: its results win
            results.set(new AssetSlots(repository, query, count, tasks, this::failed, vocabulary::learn));
            resultCount.set(count);
            status.set(count + (count == 1 ? " asset" : " assets") + (filters.inTrash() ? " in the trash" : ""));
        }, this::failed);
    }

    private void countLibrary() {
        tasks.run(() -> library.catalog().countAssets(), libraryCount::set, this::failed);
    }

    private void changed(LibraryChange change) {
        switch (change.kind()) {
            case UPDATED, FIELDS_CHANGED -> results.get().reload();
            default -> {
                countLibrary();
                folders.refresh();
                search();
            }
        }
        Asset shown = current.get();
        if (shown != null && change.ids().contains(shown.id())) {
            tasks.run(() -> repository.find(shown.id()), found -> current.set(found.orElse(null)), this::failed);
        }
    }

    void failed(Throwable failure) {
        status.set("Something went wrong: " + failure.getMessage());
        notices.post(Notices.Kind.FAILURE, "Something went wrong: " + failure.getMessage());
    }

    /**
     * Renames an asset in its folder: the library's name rule is checked here, a name already
     * taken in the folder (trash included) is refused by the store; either way the status line says why.
     * A rename made is a {@link RenameEdit} on the undo stack.
     */
    public void rename(Asset asset, String newName) {
        renaming.set(-1);
        String name = newName == null ? "" : newName.strip();
        if (name.equals(asset.name())) return;
        try {
            io.mediadesk.library.asset.FileName.check(name);
        } catch (io.mediadesk.library.InvalidValueException e) {
            status.set("Cannot rename " + asset.name() + ": " + e.getMessage());
            return;
        }
        tasks.run(() -> repository.move(asset.id(), asset.folder(), name), moved -> {
            history.record(new RenameEdit(asset.id(), asset.folder(), asset.name(), moved.name()));
            status.set("Renamed " + asset.name() + " to " + moved.name());
            Asset shown = current.get();
            if (shown != null && shown.id().equals(moved.id())) current.set(moved);
        }, e -> status.set("Cannot rename " + asset.name() + ": " + e.getMessage()));
    }

    /**
     * Shows the first asset whose name matches {@code name} (the searchQuery's {@code name :}) in the
     * asset panel, then runs {@code then}: for demos and screenshots. Nothing happens when none does.
     */
    public void showNamed(String name, Runnable then) {
        Query filter = io.mediadesk.library.query.QueryParser.withSystemClock().parse("name : \"" + name.replace("\"", "") + "\"");
        tasks.run(() -> repository.search(AssetQuery.of(filter).page(0, 1)).items().stream().findFirst(), found -> found.ifPresent(a -> {
            current.set(a);
            then.run();
        }), this::failed);
    }

    /** The large preview of the current asset is open (Space). */
    public BooleanProperty previewingProperty() {
        return previewing;
    }

    /** The result index whose name is being edited in place (F2), or -1. */
    public IntegerProperty renamingProperty() {
        return renaming;
    }

    /** The toasts for finished background work. */
    public Notices notices() {
        return notices;
    }

    List<io.mediadesk.library.asset.AssetId> idsBetween(int from, int to) {
        AssetQuery q = results.get().query();
        List<io.mediadesk.library.asset.AssetId> out = new java.util.ArrayList<>();
        for (int skip = from; skip <= to; skip += AssetQuery.MAX_PAGE) {
            int limit = Math.min(AssetQuery.MAX_PAGE, to - skip + 1);
            repository.search(q.page(skip, limit)).items().forEach(a -> out.add(a.id()));
        }
        return out;
    }

    public BrowserFilters filters() {
        return filters;
    }

    public Selection selection() {
        return selection;
    }

    public FolderCounts folders() {
        return folders;
    }

    /** Undo and redo of tag, metadata, rename and version edits. */
    public EditHistory history() {
        return history;
    }

    public TagVocabulary vocabulary() {
        return vocabulary;
    }

    /** The search bar's completion: field names, custom fields and their options, keywords, tags with counts. */
    public CompletionViewModel queryCompletion() {
        return queryCompletion;
    }

    /** The tag editor's completion (one per window: only one tag field is typed in at a time). */
    public CompletionViewModel tagCompletion() {
        return tagCompletion;
    }

    public AssetRepository repository() {
        return repository;
    }

    TaskRunner tasks() {
        return tasks;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public IntegerProperty errorPositionProperty() {
        return errorPosition;
    }

    public ObjectProperty<AssetSlots> resultsProperty() {
        return results;
    }

    public IntegerProperty resultCountProperty() {
        return resultCount;
    }

    public LongProperty libraryCountProperty() {
        return libraryCount;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Asset> currentProperty() {
        return current;
    }

    public DoubleProperty tileSizeProperty() {
        return tileSize;
    }

    public BooleanProperty detailsProperty() {
        return details;
    }

    public String libraryPath() {
        return library.folder().toString();
    }

    public java.nio.file.Path libraryFolder() {
        return library.folder();
    }

    /** The library's originals (drag-out reads the ones on disk). */
    public io.mediadesk.library.store.Originals originals() {
        return library.originals();
    }

    @Override
    public void close() throws Exception {
        subscription.close();
    }
}
