package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryTableTest;
import io.mediadesk.library.store.Actor;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The hand-worked query table, answered by the SQLite catalog. */
class SqliteQueryTableTest extends QueryTableTest {

    @TempDir
    Path tmp;

    private SqliteCatalog catalog;

    @Override
    protected Function<AssetQuery, Page<Asset>> searcher() {
        if (catalog == null) {
            catalog = SqliteCatalog.open(tmp.resolve("catalog.db"), new Actor("test"), SmallLibrary.NOW);
            SmallLibrary.fields().forEach(catalog.assets()::defineField);
            catalog.assets().addAll(SmallLibrary.assets());
        }
        return catalog.assets()::search;
    }

    @AfterEach
    void close() {
        if (catalog != null) catalog.close();
    }
}
