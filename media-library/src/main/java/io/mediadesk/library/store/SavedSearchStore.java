package io.mediadesk.library.store;

import io.mediadesk.library.preset.SavedSearch;
import io.mediadesk.library.query.SortKey;
import java.util.List;
import java.util.Optional;

/**
 * The port to saved searches: records only; {@link io.mediadesk.library.preset.SavedSearches} checks
 * the query and runs it. Each change is one transaction (SQLite) or one document write (MongoDB) and
 * is audited ({@code search.save}, {@code search.delete}).
 */
public interface SavedSearchStore {

    /** By name, code point order. */
    List<SavedSearch> list();

    Optional<SavedSearch> find(String name);

    /**
     * Creates ({@code expectedVersion} 0) or replaces (the version last read) a saved search.
     *
     * @throws io.mediadesk.library.InvalidValueException rule {@code unique} when creating a name that exists
     * @throws ConcurrentChangeException when the version is not {@code expectedVersion} any more
     * @throws io.mediadesk.library.preset.UnknownNameException when replacing a search that is gone
     */
    SavedSearch save(String name, String query, SortKey sort, int expectedVersion);

    /** @return whether a search of that name existed */
    boolean delete(String name);
}
