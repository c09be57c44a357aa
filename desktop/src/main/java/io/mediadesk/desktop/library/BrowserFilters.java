package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.SortKey;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What narrows the grid besides the typed query: folder, quick filters, sort, and the trash. Any
 * change reruns the search at once; the typed text is debounced by the ViewModel instead.
 */
public final class BrowserFilters {
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<FolderPath> folder = new SimpleObjectProperty<>(FolderPath.root());
    private final StringProperty format = new SimpleStringProperty(QuickFilter.FORMATS.get(0));
    private final ObjectProperty<QuickFilter.Size> size = new SimpleObjectProperty<>(QuickFilter.Size.ANY);
    private final ObjectProperty<QuickFilter.Added> added = new SimpleObjectProperty<>(QuickFilter.Added.ANY);
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<SortKey> sort = new SimpleObjectProperty<>(SortKey.DESC_CREATED);
    private final ObjectProperty<AssetQuery.Scope> scope = new SimpleObjectProperty<>(AssetQuery.Scope.ACTIVE);

    void onChange(Runnable action) {
        watch(folder, action);
        watch(format, action);
        watch(size, action);
        watch(added, action);
        watch(tag, action);
        watch(sort, action);
        watch(scope, action);
    }

    // A change listener, not an invalidation one: a search that stops at a query error reads no
    // property, and an invalidation listener would then stay silent on the next change.
    private static <T> void watch(javafx.beans.value.ObservableValue<T> value, Runnable action) {
        value.addListener((o, was, now) -> action.run());
    }

    List<Optional<String>> quickClauses() {
        return List.of(QuickFilter.format(format.get()), size.get().clause(), added.get().clause(), QuickFilter.tag(tag.get()));
    }

    public boolean inTrash() {
        return scope.get() == AssetQuery.Scope.TRASHED;
    }

    public StringProperty searchText() {
        return searchText;
    }

    public ObjectProperty<FolderPath> folder() {
        return folder;
    }

    public StringProperty format() {
        return format;
    }

    public ObjectProperty<QuickFilter.Size> size() {
        return size;
    }

    public ObjectProperty<QuickFilter.Added> added() {
        return added;
    }

    public StringProperty tag() {
        return tag;
    }

    public ObjectProperty<SortKey> sort() {
        return sort;
    }

    public ObjectProperty<AssetQuery.Scope> scope() {
        return scope;
    }
}
