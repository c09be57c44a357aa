package io.mediadesk.library.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.fixture.SmallLibrary;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.MigrationProgress;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema upgrade at open reports its progress, and stays atomic: catalogs built by
 * {@link OldCatalogs} with an older version's statements; expected counts by construction (assets
 * numbered 1..N, batches of {@link V6#CHUNK}).
 */
class MigrationProgressTest {
    private static final int ASSETS = 25_000;

    @TempDir
    Path tmp;

    private final QueryParser parser = new QueryParser(SmallLibrary.NOW);

    private static final String FILL = "tag sort keys and search words";

    private static List<MigrationProgress> fill(List<MigrationProgress> seen) {
        return seen.stream().filter(p -> p.step().equals(FILL)).toList();
    }

    private static List<MigrationProgress> openRecording(Path file) {
        List<MigrationProgress> seen = new ArrayList<>();
        try (SqliteCatalog catalog = SqliteCatalog.open(file, new Actor("t"), SmallLibrary.NOW, seen::add)) {
            assertThat(catalog.schemaVersion()).isEqualTo(6);
        }
        return seen;
    }

    @Test
    void aVersion5CatalogReportsItsAssetsBatchByBatchEndingAtTheTotal() throws Exception {
        Path file = OldCatalogs.build(tmp.resolve("v5.db"), 5, ASSETS);
        List<MigrationProgress> all = openRecording(file);
        List<MigrationProgress> seen = fill(all);

        assertThat(seen).extracting(MigrationProgress::done).containsExactly(0L, 10_000L, 20_000L, 25_000L);
        // Then the indexes and triggers, one statement at a time, and nothing else.
        List<MigrationProgress> finishing = all.subList(seen.size(), all.size());
        assertThat(all.subList(0, seen.size())).isEqualTo(seen);
        assertThat(finishing).extracting(MigrationProgress::done).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
        assertThat(finishing).allSatisfy(p -> assertThat(p.step()).isEqualTo("indexes and triggers"));
        assertThat(seen).allSatisfy(p -> {
            assertThat(p.schema()).isEqualTo(6);
            assertThat(p.step()).isEqualTo("tag sort keys and search words");
            assertThat(p.total()).isEqualTo(ASSETS);
            assertThat(p.unit()).isEqualTo("assets");
        });
        assertThat(seen.get(1).line())
                .isEqualTo("upgrading the catalog to schema 6 (tag sort keys and search words): 10,000 of 25,000 assets");
        assertThat(seen.get(seen.size() - 1).finished()).isTrue();

        try (SqliteCatalog catalog = SqliteCatalog.open(file, new Actor("t"), SmallLibrary.NOW)) {
            assertThat(catalog.integrityCheck()).isEqualTo("ok");
            // Every batch was filled: assets from the first, a boundary and the last batch.
            assertThat(catalog.assets().count(parser.parse("tags IN [\"common\"]"), AssetQuery.Scope.ACTIVE)).isEqualTo(ASSETS);
            for (int n : new int[] {1, 10_000, 10_001, 25_000}) {
                assertThat(catalog.assets().count(parser.parse("tags HAS \"" + n + " tag\""), AssetQuery.Scope.ACTIVE)).as("tag-" + n).isEqualTo(1);
                assertThat(catalog.assets().count(parser.parse("name HAS \"" + n + " photo\""), AssetQuery.Scope.ACTIVE)).isEqualTo(1);
            }
            assertThat(catalog.assets().count(parser.parse("\"customMetadata.brand\" HAS \"brand\""), AssetQuery.Scope.ACTIVE))
                    .isEqualTo(ASSETS / 2);
        }
    }

    @Test
    void anUpgradeAcrossSeveralVersionsReportsEachInOrderAndNeverGoesBack() throws Exception {
        Path file = OldCatalogs.build(tmp.resolve("v3.db"), 3, 12);
        List<MigrationProgress> seen = openRecording(file);

        assertThat(seen).extracting(MigrationProgress::schema).isSorted().containsOnly(4, 5, 6);
        // Step by step: each starts at 0, never goes back, and ends at its total before the next begins.
        List<String> steps = seen.stream().map(p -> p.schema() + " " + p.step()).distinct().toList();
        assertThat(steps).containsExactly("4 ratings and colour labels", "5 asset versions", "6 " + FILL, "6 indexes and triggers");
        for (String step : steps) {
            List<MigrationProgress> mine = seen.stream().filter(p -> step.equals(p.schema() + " " + p.step())).toList();
            assertThat(mine.get(0).done()).isZero();
            assertThat(mine).extracting(MigrationProgress::done).isSorted();
            assertThat(mine.get(mine.size() - 1).finished()).as(step + " ends at its total").isTrue();
            assertThat(seen.subList(seen.indexOf(mine.get(0)), seen.indexOf(mine.get(0)) + mine.size())).as("contiguous").isEqualTo(mine);
        }
        // V4 is five statements, V5 three; V6 counts the 12 assets.
        assertThat(seen.stream().filter(p -> p.schema() == 4).map(MigrationProgress::total).distinct()).containsExactly(5L);
        assertThat(seen.stream().filter(p -> p.schema() == 5).map(MigrationProgress::total).distinct()).containsExactly(3L);
        assertThat(fill(seen).get(fill(seen).size() - 1).line())
                .isEqualTo("upgrading the catalog to schema 6 (tag sort keys and search words): 12 of 12 assets");
    }

    @Test
    void aNewCatalogAndAnUpToDateOneReportNothing() {
        Path file = tmp.resolve("new.db");
        assertThat(openRecording(file)).as("created, not upgraded").isEmpty();
        assertThat(openRecording(file)).as("already at the latest schema").isEmpty();
    }

    @Test
    void aKillMidUpgradeLeavesVersion5IntactAndTheNextOpenFinishesIt() throws Exception {
        Path file = OldCatalogs.build(tmp.resolve("v5.db"), 5, ASSETS);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", MigrationChild.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String last = null;
            while ((line = out.readLine()) != null) {
                last = line;
                if (line.equals("progress 6 10000 25000")) break;
            }
            assertThat(last).as("the child was mid-upgrade").isEqualTo("progress 6 10000 25000");
            child.destroyForcibly();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        // The old schema, whole: version 5, the old tag table with all its rows, no words table.
        assertThat(OldCatalogs.userVersion(file)).isEqualTo(5);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM asset_tag")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2L * ASSETS);
            }
            try (ResultSet rs = st.executeQuery("SELECT group_concat(name) FROM pragma_table_info('asset_tag')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("asset,tag");
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN ('asset_word', 'asset_tag_v6')")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }

        List<MigrationProgress> seen = fill(openRecording(file));
        assertThat(seen).extracting(MigrationProgress::done).containsExactly(0L, 10_000L, 20_000L, 25_000L);
        try (SqliteCatalog catalog = SqliteCatalog.open(file, new Actor("t"), SmallLibrary.NOW)) {
            assertThat(catalog.integrityCheck()).isEqualTo("ok");
            assertThat(catalog.assets().count(parser.parse("tags IN [\"common\"]"), AssetQuery.Scope.ACTIVE)).isEqualTo(ASSETS);
            assertThat(catalog.assets().count(parser.parse("tags HAS \"24999 tag\""), AssetQuery.Scope.ACTIVE)).isEqualTo(1);
        }
    }
}
