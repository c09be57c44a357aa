package io.mediadesk.library.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.asset.AssetVersion;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetVersionsContract;
import io.mediadesk.library.store.Catalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versions contract on SQLite, plus the version 4 to 5 migration and the rows it writes. */
class SqliteAssetVersionsTest extends AssetVersionsContract {

    @TempDir
    Path tmp;

    @Override
    protected Catalog open(Actor actor, Clock clock) {
        return SqliteCatalog.open(tmp.resolve("catalog.db"), actor, clock);
    }

    @Test
    void aVersion4CatalogMigratesWithEachAssetKeepingOneImplicitVersionAndNoRow() throws Exception {
        catalog.close();
        Path old = tmp.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            for (List<String> step : List.of(V1.STATEMENTS, V2.STATEMENTS, V3.STATEMENTS, V4.STATEMENTS)) {
                for (String sql : step) st.execute(sql);
            }
            st.execute("PRAGMA user_version = 4");
            st.execute("INSERT INTO asset (id, folder, name, name_words, content_hash, size, width, height, format, has_alpha, "
                    + "orientation, phash, created_at, updated_at, sync_state) VALUES ('" + id(1).value() + "', '/', 'old.jpg', "
                    + "' old jpg ', '" + "a".repeat(64) + "', 10, 4, 3, 'jpg', 0, 6, 42, 5000, 5000, 'LOCAL_ONLY')");
        }
        catalog = SqliteCatalog.open(old, new Actor("alice"), SmallLibrary.NOW);
        repo = catalog.assets();
        assertThat(catalog.schemaVersion()).isEqualTo(6);
        assertThat(rows(old)).isZero();
        assertThat(repo.versions(id(1))).containsExactly(new AssetVersion(1, "a".repeat(64), 10, 4, 3, "jpg", false, 6,
                Optional.of(42L), Instant.ofEpochMilli(5000), Optional.empty()));

        repo.replaceContent(id(1), content(5));
        assertThat(rows(old)).isEqualTo(2);
        assertThat(repo.versions(id(1)).get(1).orientation()).isEqualTo(6);
        assertThat(((SqliteCatalog) catalog).integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aFailedReplaceLeavesNeitherVersionRowsNorNewContent() throws Exception {
        repo.add(io.mediadesk.library.fixture.AssetBuilder.asset(1).build(), java.util.Map.of());
        // The asset row's update fails after both version rows were inserted: all three must roll back.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("catalog.db"));
                Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER boom BEFORE UPDATE OF content_hash ON asset BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repo.replaceContent(id(1), content(5)))
                .isInstanceOf(io.mediadesk.library.LibraryException.class);
        assertThat(repo.find(id(1)).orElseThrow().contentHash()).isEqualTo(hash(1));
        assertThat(rows(tmp.resolve("catalog.db"))).isZero();
        assertThat(repo.audit(Optional.of(id(1)), 10)).extracting(e -> e.action()).containsExactly("add");
    }

    private static long rows(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM asset_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
