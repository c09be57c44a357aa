package io.mediadesk.library.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.PresetStoreContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preset and saved-search contract on SQLite, plus the v2 -> v3 migration of an existing catalog. */
class SqlitePresetStoreTest extends PresetStoreContract {

    @TempDir
    Path tmp;

    @Override
    protected Catalog open(Actor actor, Clock clock) {
        return SqliteCatalog.open(tmp.resolve("catalog.db"), actor, clock);
    }

    @Test
    void aVersionTwoCatalogMigratesToThreeAndKeepsItsRows() throws Exception {
        Path file = tmp.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : V1.STATEMENTS) st.execute(sql);
            for (String sql : V2.STATEMENTS) st.execute(sql);
            st.execute("PRAGMA user_version = 2");
            st.execute("INSERT INTO sync_lease (name, owner, expires_at) VALUES ('sync', 'me', 1)");
        }
        try (SqliteCatalog catalog = SqliteCatalog.open(file)) {
            // Migrated on to the latest version (4 since ratings and folders), through 3.
            assertThat(catalog.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(catalog.pragma("user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
            assertThat(catalog.integrityCheck()).isEqualTo("ok");
            assertThat(catalog.presets().list(false)).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT owner FROM sync_lease")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("me");
        }
    }

    @Test
    void aVersionRowCannotOutliveItsPreset() throws Exception {
        catalog.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("catalog.db")); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> st.execute(
                    "INSERT INTO preset_version VALUES (42, 1, 'x', 'w-1', '', 0, 'me', 'created')"))
                    .hasMessageContaining("FOREIGN KEY");
        }
        catalog = open(new Actor("alice"), Clock.systemUTC());
    }
}
