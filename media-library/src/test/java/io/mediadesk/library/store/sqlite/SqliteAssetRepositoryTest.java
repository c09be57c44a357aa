package io.mediadesk.library.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.ColourLabel;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepositoryContract;
import io.mediadesk.library.store.Catalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract on SQLite, plus what only SQLite has: pragmas and the file's integrity. */
class SqliteAssetRepositoryTest extends AssetRepositoryContract {

    @TempDir
    Path tmp;

    @Override
    protected Catalog open(Actor actor, Clock clock) {
        return SqliteCatalog.open(tmp.resolve("catalog.db"), actor, clock);
    }

    private SqliteCatalog sqlite() {
        return (SqliteCatalog) catalog;
    }

    @Test
    void theSchemaIsAtTheLatestVersionWithForeignKeysAndWal() {
        assertThat(catalog.schemaVersion()).isEqualTo(6);
        assertThat(sqlite().pragma("foreign_keys")).isEqualTo("1");
        assertThat(sqlite().pragma("journal_mode")).isEqualTo("wal");
        assertThat(sqlite().integrityCheck()).isEqualTo("ok");
        assertThat(Set.of(sqlite().pragma("user_version"))).containsExactly("6");
    }

    @Test
    void aVersion3CatalogMigratesToVersion4WithItsAssetsUnratedAndUnlabelled() throws Exception {
        catalog.close();
        Path old = tmp.resolve("v3.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
                java.sql.Statement st = c.createStatement()) {
            for (List<String> step : List.of(V1.STATEMENTS, V2.STATEMENTS, V3.STATEMENTS)) {
                for (String sql : step) st.execute(sql);
            }
            st.execute("PRAGMA user_version = 3");
            st.execute("INSERT INTO asset (id, folder, name, name_words, content_hash, size, width, height, format, has_alpha, "
                    + "orientation, created_at, updated_at, sync_state) VALUES ('" + id(1).value() + "', '/', 'old.jpg', ' old jpg ', '"
                    + "a".repeat(64) + "', 10, 1, 1, 'jpg', 0, 1, 0, 0, 'LOCAL_ONLY')");
        }
        catalog = SqliteCatalog.open(old, new Actor("alice"), SmallLibrary.NOW);
        assertThat(catalog.schemaVersion()).isEqualTo(6);
        Asset a = catalog.assets().find(id(1)).orElseThrow();
        assertThat(a.rating()).isZero();
        assertThat(a.label()).isEqualTo(ColourLabel.NONE);
        assertThat(sqlite().pragma("user_version")).isEqualTo("6");
        assertThat(sqlite().integrityCheck()).isEqualTo("ok");
    }

    /** Each case spelling of the prefix is a range of the covering (tag, trashed, ...) index, grouped in index order. */
    @Test
    void tagCompletionIsARangeScanOfTheTagIndexPerSpelling() {
        repo.addAll(List.of(io.mediadesk.library.fixture.AssetBuilder.asset(1).tags("summer", "Sale").build()));
        List<String> plan = ((SqliteAssetRepository) repo).tagPrefixPlan("ab");
        assertThat(plan.stream().filter(l -> l.startsWith("SEARCH") || l.startsWith("SCAN")).toList()).hasSize(4)
                .allMatch(l -> l.equals("SEARCH asset_tag USING COVERING INDEX asset_tag_by_tag (tag>? AND tag<?)"));
        assertThat(plan).noneMatch(l -> l.contains("TEMP B-TREE"));
    }
}
