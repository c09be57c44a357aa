package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.preset.SavedSearch;
import io.mediadesk.library.preset.UnknownNameException;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.ConcurrentChangeException;
import io.mediadesk.library.store.SavedSearchStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Saved searches in the {@code saved_search} table (schema v3); each change and its audit row in one transaction. */
final class SqliteSavedSearchStore implements SavedSearchStore {
    private static final String COLUMNS = "name, query, sort, version, created_at, updated_at";

    private final Transaction tx;
    private final Clock clock;

    SqliteSavedSearchStore(Transaction tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<SavedSearch> list() {
        return tx.read("cannot list saved searches", c -> {
            List<SavedSearch> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM saved_search ORDER BY name");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(search(rs));
            }
            return out;
        });
    }

    @Override
    public Optional<SavedSearch> find(String name) {
        return tx.read("cannot read saved search " + name, c -> row(c, name));
    }

    @Override
    public SavedSearch save(String name, String query, SortKey sort, int expectedVersion) {
        return tx.write("cannot save search " + name, (c, actor) -> {
            Optional<SavedSearch> current = row(c, name);
            Instant now = clock.instant();
            SavedSearch saved;
            if (expectedVersion == 0) {
                if (current.isPresent()) {
                    throw new InvalidValueException("name", "unique", "a saved search named \"" + name + "\" already exists");
                }
                saved = new SavedSearch(name, query, sort, 1, now, now);
                try (PreparedStatement st = c.prepareStatement("INSERT INTO saved_search (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                    st.setString(1, name);
                    st.setString(2, query);
                    st.setString(3, sort.name());
                    st.setInt(4, 1);
                    st.setLong(5, now.toEpochMilli());
                    st.setLong(6, now.toEpochMilli());
                    st.executeUpdate();
                }
            } else {
                SavedSearch was = current.orElseThrow(() -> new UnknownNameException("no saved search named \"" + name + "\""));
                if (was.version() != expectedVersion) {
                    throw new ConcurrentChangeException("saved search \"" + name + "\" changed meanwhile: you edited version "
                            + expectedVersion + ", it is at version " + was.version() + " now");
                }
                saved = new SavedSearch(name, query, sort, expectedVersion + 1, was.createdAt(), now);
                try (PreparedStatement st = c.prepareStatement(
                        "UPDATE saved_search SET query = ?, sort = ?, version = ?, updated_at = ? WHERE name = ? AND version = ?")) {
                    st.setString(1, query);
                    st.setString(2, sort.name());
                    st.setInt(3, saved.version());
                    st.setLong(4, now.toEpochMilli());
                    st.setString(5, name);
                    st.setInt(6, expectedVersion);
                    st.executeUpdate();
                }
            }
            SqlitePresetStore.audit(c, now, actor, "search.save", name + " v" + saved.version() + ": " + query + " " + sort);
            return saved;
        });
    }

    @Override
    public boolean delete(String name) {
        return tx.write("cannot delete saved search " + name, (c, actor) -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM saved_search WHERE name = ?")) {
                st.setString(1, name);
                if (st.executeUpdate() == 0) return false;
            }
            SqlitePresetStore.audit(c, clock.instant(), actor, "search.delete", name);
            return true;
        });
    }

    private static Optional<SavedSearch> row(Connection c, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM saved_search WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(search(rs)) : Optional.empty();
            }
        }
    }

    private static SavedSearch search(ResultSet rs) throws SQLException {
        return new SavedSearch(rs.getString(1), rs.getString(2), SortKey.valueOf(rs.getString(3)), rs.getInt(4),
                Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)));
    }
}
