package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.LibraryException;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.MigrationListener;
import io.mediadesk.library.store.PresetStore;
import io.mediadesk.library.store.SavedSearchStore;
import io.mediadesk.library.store.SyncLedger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * The embedded SQLite catalog. WAL lets readers (thumbnail workers, search) run beside the one
 * writer; {@code synchronous=NORMAL} is durable across process crashes in WAL mode and loses at
 * most the last commits on power loss, the trade every desktop catalog makes.
 */
public final class SqliteCatalog implements Catalog {
    public static final String FILE_NAME = "catalog.db";

    private final Path file;
    private final Connection connection;
    private final int schemaVersion;
    private final SqliteAssetRepository assets;
    private final SqliteSyncLedger syncLedger;
    private final SqlitePresetStore presets;
    private final SqliteSavedSearchStore savedSearches;

    private SqliteCatalog(Path file, Connection connection, int schemaVersion, Actor actor, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.assets = new SqliteAssetRepository(connection, actor, clock);
        this.syncLedger = new SqliteSyncLedger(new Transaction(connection, actor));
        this.presets = new SqlitePresetStore(new Transaction(connection, actor), clock);
        this.savedSearches = new SqliteSavedSearchStore(new Transaction(connection, actor), clock);
    }

    public static SqliteCatalog open(Path file) {
        return open(file, Actor.currentUser(), Clock.systemUTC());
    }

    /** Opens with the audit trail's actor and the clock that stamps changes. */
    public static SqliteCatalog open(Path file, Actor actor, Clock clock) {
        return open(file, actor, clock, MigrationListener.NONE);
    }

    /**
     * Opens, upgrading an older catalog's schema first and telling {@code migrations} how far the
     * upgrade is (on this thread; nothing when none is needed). Each schema version commits as a whole,
     * so a process killed mid-upgrade leaves the last committed version, which the next open upgrades.
     */
    public static SqliteCatalog open(Path file, Actor actor, Clock clock, MigrationListener migrations) {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            configure(connection);
            int version = Migrations.migrate(connection, migrations);
            return new SqliteCatalog(file, connection, version, actor, clock);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw SqliteErrors.translate("cannot open the catalog " + file, e);
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                if (!rs.next() || !"wal".equalsIgnoreCase(rs.getString(1))) {
                    throw new SQLException("the catalog could not switch to WAL mode");
                }
            }
            st.execute("PRAGMA synchronous = NORMAL");
            st.execute("PRAGMA foreign_keys = ON");
            // 64 MB of page cache keeps a 500k-asset catalog's hot indexes in memory (the default is
            // 2 MB). No mmap: a library on an external drive that goes away would take the JVM with it
            // (SIGBUS) instead of failing one query.
            st.execute("PRAGMA cache_size = -65536");
            st.execute("PRAGMA temp_store = MEMORY");
        }
        // HAS: the words of a name, tag or text value as a JSON array, cut by the same Java as everywhere
        // else (SQLite's lower() is ASCII-only); the V6 triggers feed it to json_each. Deterministic and
        // innocuous (no side effects), so SQLite lets triggers call it.
        org.sqlite.Function.create(connection, "mediadesk_word_list", new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                result(text == null ? null : wordList(text));
            }
        }, 1, org.sqlite.Function.FLAG_DETERMINISTIC | SQLITE_INNOCUOUS);
    }

    /** SQLite's flag for a function without side effects (sqlite3.h), which sqlite-jdbc passes through. */
    private static final int SQLITE_INNOCUOUS = 0x000200000;

    /** {@code ["red","dress"]}: words are letters and digits only, so nothing needs escaping. */
    static String wordList(String text) {
        List<String> words = io.mediadesk.library.query.NameWords.of(text);
        return words.isEmpty() ? "[]" : "[\"" + String.join("\",\"", words) + "\"]";
    }

    /** SQLite's own pragma, read back: used by tests and diagnostics. */
    public String pragma(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a pragma name: " + name);
        }
        synchronized (connection) {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : "";
            } catch (SQLException e) {
                throw SqliteErrors.translate("cannot read PRAGMA " + name, e);
            }
        }
    }

    @Override
    public String description() {
        return "SQLite " + file;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Assets outside the trash. */
    @Override
    public long countAssets() {
        return assets.count(false);
    }

    @Override
    public AssetRepository assets() {
        return assets;
    }

    @Override
    public SyncLedger syncLedger() {
        return syncLedger;
    }

    @Override
    public PresetStore presets() {
        return presets;
    }

    @Override
    public SavedSearchStore savedSearches() {
        return savedSearches;
    }

    /** {@code PRAGMA integrity_check} and {@code foreign_key_check}: "ok" when the file is sound. */
    public String integrityCheck() {
        synchronized (connection) {
            try (Statement st = connection.createStatement()) {
                String integrity;
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    integrity = rs.next() ? rs.getString(1) : "no answer";
                }
                try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                    if (rs.next()) return "foreign key broken in " + rs.getString(1) + " row " + rs.getLong(2);
                }
                return integrity;
            } catch (SQLException e) {
                throw SqliteErrors.translate("cannot check the catalog", e);
            }
        }
    }

    /** {@code PRAGMA optimize} first: SQLite's advice for long-lived connections, it refreshes the planner's statistics. */
    @Override
    public void close() {
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA optimize");
            }
            connection.close();
        } catch (SQLException e) {
            throw new LibraryException("cannot close the catalog " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection, SQLException primary) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                primary.addSuppressed(e);
            }
        }
    }
}
