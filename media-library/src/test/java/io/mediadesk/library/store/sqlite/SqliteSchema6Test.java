package io.mediadesk.library.store.sqlite;

import static io.mediadesk.library.fixture.AssetBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.Actor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 6 on a catalog written by version 5: the migration copies each asset's sort key beside
 * its tag rows and fills the words table, so tag pages and HAS find what was there before the
 * upgrade; later changes then reach both through the triggers. Expected results by hand from the
 * three rows inserted below (the differential test covers random libraries and edits).
 */
class SqliteSchema6Test {
    @TempDir
    Path tmp;

    private final QueryParser parser = new QueryParser(SmallLibrary.NOW);
    private SqliteCatalog catalog;

    @AfterEach
    void close() {
        if (catalog != null) catalog.close();
    }

    private SqliteCatalog version5WithThreeAssets() throws Exception {
        return version5WithThreeAssets(io.mediadesk.library.store.MigrationListener.NONE);
    }

    private SqliteCatalog version5WithThreeAssets(io.mediadesk.library.store.MigrationListener listener) throws Exception {
        Path file = tmp.resolve("v5.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (List<String> step : List.of(V1.STATEMENTS, V2.STATEMENTS, V3.STATEMENTS, V4.STATEMENTS, V5.STATEMENTS)) {
                for (String sql : step) st.execute(sql);
            }
            st.execute("PRAGMA user_version = 5");
            insert(st, 1, "Red-Dress.jpg", 1_000);
            insert(st, 2, "beach.png", 2_000);
            insert(st, 3, "red_sky.jpg", 3_000);
            st.execute("INSERT INTO asset_tag (asset, tag) VALUES (1, 'summer'), (1, 'Sale'), (2, 'summer'), (3, 'x y')");
            st.execute("INSERT INTO custom_field (name, label, type, required) VALUES ('brand', 'Brand', 'Text', 0)");
            st.execute("INSERT INTO asset_value (asset, source, field, position, list, kind, text, num) "
                    + "VALUES (1, 'custom', 'brand', 0, 0, 'text', 'Acme Corp', NULL), (2, 'custom', 'brand', 0, 0, 'text', 'Zeta', NULL)");
        }
        return SqliteCatalog.open(file, new Actor("alice"), SmallLibrary.NOW, listener);
    }

    private static void insert(Statement st, int n, String name, long created) throws Exception {
        st.execute("INSERT INTO asset (seq, id, folder, name, name_words, content_hash, size, width, height, format, has_alpha, "
                + "orientation, created_at, updated_at, sync_state) VALUES (" + n + ", '" + id(n) + "', '/', '" + name + "', '', '"
                + String.format("%064x", n) + "', 10, 1, 1, 'jpg', 0, 1, " + created + ", " + created + ", 'LOCAL_ONLY')");
    }

    private List<String> search(String query, SortKey sort, AssetQuery.Scope scope) {
        return catalog.assets().search(AssetQuery.of(parser.parse(query)).sorted(sort).in(scope)).items().stream()
                .map(a -> a.id().value()).toList();
    }

    private List<String> search(String query) {
        return search(query, SortKey.DESC_CREATED, AssetQuery.Scope.ACTIVE);
    }

    @Test
    void theMigrationFillsTheTagSortKeysAndTheWords() throws Exception {
        catalog = version5WithThreeAssets();
        assertThat(catalog.schemaVersion()).isEqualTo(6);
        assertThat(catalog.integrityCheck()).isEqualTo("ok");

        assertThat(search("tags IN [\"summer\"]")).containsExactly(id(2), id(1));
        assertThat(search("tags IN [\"summer\"]", SortKey.ASC_CREATED, AssetQuery.Scope.ACTIVE)).containsExactly(id(1), id(2));
        assertThat(search("tags IN [\"summer\"] AND name : \"b\"")).containsExactly(id(2));
        assertThat(catalog.assets().count(parser.parse("tags IN [\"summer\"]"), AssetQuery.Scope.ACTIVE)).isEqualTo(2);

        assertThat(search("name HAS \"red\"")).containsExactly(id(3), id(1));
        assertThat(search("name HAS \"red d\"")).containsExactly(id(1));
        assertThat(search("name HAS \"dress red\"")).containsExactly(id(1)); // word order does not matter
        assertThat(search("name HAS \"dres red\"")).isEmpty(); // but every word but the last must be whole
        assertThat(search("name HAS \"jpg re\"")).containsExactly(id(3), id(1));
        assertThat(search("tags HAS \"SA\"")).containsExactly(id(1));
        assertThat(search("tags HAS \"x y\"")).containsExactly(id(3));
        assertThat(search("tags HAS \"y x\"")).containsExactly(id(3));
        assertThat(search("\"customMetadata.brand\" HAS \"corp\"")).containsExactly(id(1));
        assertThat(search("\"customMetadata.brand\" HAS \"acme co\"")).containsExactly(id(1));
        assertThat(search("\"customMetadata.brand\" HAS \"co acme\"")).isEmpty(); // "co" is not a whole word
    }

    @Test
    void theMigrationReportsTheThreeAssetsFromNoneToAll() throws Exception {
        List<io.mediadesk.library.store.MigrationProgress> seen = new java.util.ArrayList<>();
        catalog = version5WithThreeAssets(seen::add);
        assertThat(seen.stream().filter(p -> p.unit().equals("assets"))).containsExactly(
                new io.mediadesk.library.store.MigrationProgress(6, "tag sort keys and search words", 0, 3, "assets"),
                new io.mediadesk.library.store.MigrationProgress(6, "tag sort keys and search words", 3, 3, "assets"));
        assertThat(seen.get(seen.size() - 1)).isEqualTo(
                new io.mediadesk.library.store.MigrationProgress(6, "indexes and triggers", 13, 13, "steps"));
        assertThat(search("tags IN [\"summer\"]")).containsExactly(id(2), id(1));
    }

    @Test
    void laterChangesReachTheTagRowsAndTheWords() throws Exception {
        catalog = version5WithThreeAssets();
        AssetId one = AssetId.of(id(1));
        catalog.assets().trash(List.of(one));
        assertThat(search("tags IN [\"summer\"]")).containsExactly(id(2));
        assertThat(search("tags IN [\"summer\"]", SortKey.DESC_CREATED, AssetQuery.Scope.TRASHED)).containsExactly(id(1));
        assertThat(catalog.assets().count(parser.parse("tags IN [\"summer\"]"), AssetQuery.Scope.ACTIVE)).isEqualTo(1);
        catalog.assets().restore(List.of(one));

        catalog.assets().removeTags(List.of(one), List.of(new io.mediadesk.library.asset.Tag("Sale")));
        assertThat(search("tags HAS \"sa\"")).isEmpty();
        catalog.assets().addTags(List.of(AssetId.of(id(2))), List.of(new io.mediadesk.library.asset.Tag("Salt flats")));
        assertThat(search("tags HAS \"flat\"")).containsExactly(id(2));
        assertThat(search("tags IN [\"Salt flats\"]")).containsExactly(id(2));

        Asset moved = catalog.assets().move(one, io.mediadesk.library.asset.FolderPath.parse("/new/"), "blue-hat.jpg");
        assertThat(moved.name()).isEqualTo("blue-hat.jpg");
        assertThat(search("name HAS \"red\"")).containsExactly(id(3));
        assertThat(search("name HAS \"hat\"")).containsExactly(id(1));

        catalog.assets().setCustomMetadata(AssetId.of(id(2)), java.util.Map.of("brand", new io.mediadesk.library.metadata.MetaValue.Text("Acme")));
        assertThat(search("\"customMetadata.brand\" HAS \"acme\"")).containsExactly(id(2), id(1));
        assertThat(search("\"customMetadata.brand\" HAS \"zeta\"")).isEmpty();
        assertThat(catalog.integrityCheck()).isEqualTo("ok");
    }
}
