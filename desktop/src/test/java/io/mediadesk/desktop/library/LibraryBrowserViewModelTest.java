package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.ingest.ImportItem;
import io.mediadesk.library.query.AssetQuery;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's ViewModels against a real library, with same-thread tasks: plain JUnit. */
class LibraryBrowserViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private Renderer renderer;
    private BrowserFixture fx;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
    }

    @AfterEach
    void close() throws Exception {
        fx.browser().close();
        renderer.close();
        library.close();
    }

    @Test
    void searchNarrowsTheGridAndAMalformedQueryKeepsTheLastResults() {
        seed(450);
        fx.browser().open();
        assertThat(fx.browser().resultsProperty().get()).hasSize(450);
        fx.browser().filters().searchText().set("name : \"img1\"");
        int narrowed = fx.browser().resultsProperty().get().size();
        assertThat(narrowed).isBetween(1, 449);
        fx.browser().filters().searchText().set("name ~ \"x\"");
        assertThat(fx.browser().errorPositionProperty().get()).isEqualTo(6);
        assertThat(fx.browser().errorProperty().get()).contains("unexpected character");
        assertThat(fx.browser().resultsProperty().get()).hasSize(narrowed);
    }

    @Test
    void pagesLoadOnlyWhenTheirPositionsAreRead() {
        seed(450);
        fx.browser().open();
        AssetSlots slots = fx.browser().resultsProperty().get();
        assertThat(slots.pagesHeld()).isZero();
        assertThat(slots.get(0).asset()).isNotNull();
        assertThat(slots.pagesHeld()).isEqualTo(1);
        assertThat(slots.get(449).asset().name()).startsWith("img");
        assertThat(slots.pagesHeld()).isEqualTo(2);
    }

    @Test
    void bulkTaggingTheSelectionUpdatesTheRepository() {
        seed(10);
        fx.browser().open();
        BrowserActions actions = new BrowserActions(fx.browser());
        actions.click(1, false, false);
        actions.click(4, false, true);
        assertThat(fx.browser().selection().ids()).hasSize(4);
        fx.panel().addTags("launch, q3");
        List<AssetId> ids = List.copyOf(fx.browser().selection().ids());
        assertThat(ids).allSatisfy(id -> assertThat(library.assets().find(id).orElseThrow().tags())
                .containsExactly(new Tag("launch"), new Tag("q3")));
        assertThat(fx.browser().currentProperty().get().tags()).contains(new Tag("launch"));
        fx.panel().removeTag("q3");
        assertThat(library.assets().find(ids.get(0)).orElseThrow().tags()).containsExactly(new Tag("launch"));
    }

    @Test
    void trashedAssetsLeaveTheGridAndComeBackFromTheTrashView() {
        seed(5);
        fx.browser().open();
        BrowserActions actions = new BrowserActions(fx.browser());
        actions.click(0, false, false);
        actions.click(2, true, false);
        actions.trashSelected();
        assertThat(fx.browser().resultsProperty().get()).hasSize(3);
        fx.browser().filters().scope().set(AssetQuery.Scope.TRASHED);
        assertThat(fx.browser().resultsProperty().get()).hasSize(2);
        actions.selectAll();
        actions.restoreSelected();
        assertThat(fx.browser().resultsProperty().get()).isEmpty();
        fx.browser().filters().scope().set(AssetQuery.Scope.ACTIVE);
        assertThat(fx.browser().resultsProperty().get()).hasSize(5);
    }

    @Test
    void importReportsEveryFileAndRefreshesTheGrid() throws Exception {
        Path folder = BrowserFixture.corpusFolder(dir, 3);
        fx.browser().open();
        fx.importer().start(List.of(folder), FolderPath.root());
        assertThat(fx.importer().rows()).hasSize(3).allSatisfy(r -> assertThat(r.status()).isEqualTo(ImportItem.Status.IMPORTED));
        assertThat(fx.browser().resultsProperty().get()).hasSize(3);
        assertThat(fx.browser().libraryCountProperty().get()).isEqualTo(3);
        fx.importer().start(List.of(folder), FolderPath.root());
        assertThat(fx.importer().rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(ImportItem.Status.DUPLICATE));
        assertThat(fx.importer().summaryProperty().get()).contains("3 duplicates");
    }

    @Test
    void aCancelledImportStopsBetweenFiles() throws Exception {
        Path folder = BrowserFixture.corpusFolder(dir, 3);
        var importer = new io.mediadesk.desktop.importing.ImportViewModel(library, TaskRunner.sameThread(), r -> {
            r.run();
            fx.importer();
        });
        importer.rows().addListener((javafx.collections.ListChangeListener<Object>) c -> importer.cancel());
        importer.start(List.of(folder), FolderPath.root());
        assertThat(importer.rows()).hasSize(1);
        assertThat(importer.summaryProperty().get()).startsWith("Cancelled");
    }

    private void seed(int n) {
        List<Asset> assets = new ArrayList<>();
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            Instant at = base.plusSeconds(i);
            assets.add(new Asset(AssetId.random(), FolderPath.parse("/f" + i % 3 + "/"), "img" + i + ".jpg", String.format("%064x", i),
                    1000 + i, 800, 600, "jpg", false, 1, Optional.of((long) i), new TreeSet<>(), new TreeMap<>(), Optional.empty(),
                    EmbeddedMetadata.NONE, at, at, false, Optional.empty(), SyncState.LOCAL_ONLY));
        }
        library.assets().addAll(assets);
    }
}
