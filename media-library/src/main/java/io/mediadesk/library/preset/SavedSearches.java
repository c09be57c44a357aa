package io.mediadesk.library.preset;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.SavedSearchStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Saved searches (smart collections) over a {@link SavedSearchStore}: the query is checked by the
 * library's {@link QueryParser} before it is saved (a malformed one is refused with the position of the
 * bad token), and running one is the ordinary {@link AssetRepository#search}, parsed again at run time
 * so relative dates ({@code createdAt > "7d"}) mean "the last 7 days" whenever it runs.
 */
public final class SavedSearches {
    private final SavedSearchStore store;
    private final QueryParser parser;

    public SavedSearches(SavedSearchStore store, QueryParser parser) {
        this.store = Objects.requireNonNull(store);
        this.parser = Objects.requireNonNull(parser);
    }

    public List<SavedSearch> list() {
        return store.list();
    }

    public SavedSearch get(String name) {
        return store.find(name).orElseThrow(() -> new UnknownNameException("no saved search named \"" + name + "\""));
    }

    /** Creates or replaces (whatever version it is at now). */
    public SavedSearch save(String name, String query, SortKey sort) {
        Optional<SavedSearch> now = store.find(SavedSearch.checkName(name));
        return save(name, query, sort, now.map(SavedSearch::version).orElse(0));
    }

    /** Creates ({@code expectedVersion} 0) or replaces the version read, after checking the query. */
    public SavedSearch save(String name, String query, SortKey sort, int expectedVersion) {
        SavedSearch.checkName(name);
        String text = query == null ? "" : query.strip();
        parser.parse(text);
        return store.save(name, text, Objects.requireNonNull(sort, "sort"), expectedVersion);
    }

    public boolean delete(String name) {
        return store.delete(name);
    }

    /** Runs the search as it is saved, one page of it. */
    public Page<Asset> run(String name, AssetRepository assets, int skip, int limit) {
        SavedSearch s = get(name);
        return assets.search(new AssetQuery(parser.parse(s.query()), s.sort(), skip, limit, AssetQuery.Scope.ACTIVE));
    }
}
