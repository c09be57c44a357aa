package io.mediadesk.library.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepositoryContract;
import io.mediadesk.library.store.Catalog;
import java.nio.file.Path;
import java.time.Clock;
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
        assertThat(catalog.schemaVersion()).isEqualTo(3);
        assertThat(sqlite().pragma("foreign_keys")).isEqualTo("1");
        assertThat(sqlite().pragma("journal_mode")).isEqualTo("wal");
        assertThat(sqlite().integrityCheck()).isEqualTo("ok");
        assertThat(Set.of(sqlite().pragma("user_version"))).containsExactly("3");
    }
}
