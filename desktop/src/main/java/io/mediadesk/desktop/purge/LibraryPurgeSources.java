package io.mediadesk.desktop.purge;

import io.mediadesk.desktop.library.LibraryBrowserViewModel;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryParser;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The library browser's selection (or the asset shown) and folder, as purge inputs. */
public final class LibraryPurgeSources implements PurgeSources {
    private final LibraryBrowserViewModel browser;

    public LibraryPurgeSources(LibraryBrowserViewModel browser) {
        this.browser = browser;
    }

    @Override
    public Supplier<List<String>> selection() {
        List<AssetId> ids = List.copyOf(browser.selection().ids());
        Asset shown = browser.currentProperty().get();
        if (ids.isEmpty() && shown != null) return () -> List.of(shown.filePath());
        return () -> ids.stream().map(id -> browser.repository().find(id)).flatMap(Optional::stream).map(Asset::filePath).toList();
    }

    @Override
    public Optional<Folder> folder() {
        FolderPath folder = browser.filters().folder().get();
        if (folder == null || folder.isRoot()) return Optional.empty();
        return Optional.of(new Folder(folder.value(), () -> browser.repository()
                .ids(QueryParser.withSystemClock().parse("path : \"" + folder.value() + "\""), AssetQuery.Scope.ACTIVE).stream()
                .map(id -> browser.repository().find(id)).flatMap(Optional::stream).map(Asset::filePath).toList()));
    }
}
