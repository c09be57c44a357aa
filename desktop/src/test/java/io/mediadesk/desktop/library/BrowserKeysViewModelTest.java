package io.mediadesk.desktop.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rename, preview, rubber band and notifications at the ViewModel level: plain JUnit, same-thread tasks. */
class BrowserKeysViewModelTest {
    @TempDir
    Path dir;
    private Library library;
    private Renderer renderer;
    private BrowserFixture fx;
    private BrowserActions actions;
    private List<AssetId> ids;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        ids = BrowserFixture.seed(library, 5);
        fx.browser().open();
        actions = new BrowserActions(fx.browser());
    }

    @AfterEach
    void close() throws Exception {
        fx.browser().close();
        renderer.close();
        library.close();
    }

    private Asset at(int index) {
        return fx.browser().resultsProperty().get().get(index).asset();
    }

    @Test
    void renameChecksTheNameRuleAndRefusesANameTakenInTheFolder() {
        actions.click(0, false, false);
        actions.startRename();
        assertThat(fx.browser().renamingProperty().get()).isZero();
        Asset asset = at(0);
        Asset other = at(1);

        fx.browser().rename(asset, "bad name?.jpg");
        assertThat(fx.browser().statusProperty().get()).startsWith("Cannot rename " + asset.name() + ": file name \"bad name?.jpg\"");
        assertThat(fx.browser().renamingProperty().get()).isEqualTo(-1);

        fx.browser().rename(asset, other.name());
        assertThat(fx.browser().statusProperty().get())
                .isEqualTo("Cannot rename " + asset.name() + ": an asset named /f/" + other.name() + " already exists");
        assertThat(library.assets().find(asset.id()).orElseThrow().name()).isEqualTo(asset.name());

        fx.browser().rename(asset, "  cover.jpg ");
        assertThat(library.assets().find(asset.id()).orElseThrow().name()).isEqualTo("cover.jpg");
        assertThat(library.assets().find(asset.id()).orElseThrow().folder()).isEqualTo(FolderPath.parse("/f/"));
        assertThat(fx.browser().currentProperty().get().name()).isEqualTo("cover.jpg");
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Renamed " + asset.name() + " to cover.jpg");
    }

    @Test
    void showNamedPutsTheFirstAssetOfThatNameInThePanelAndAnUnknownNameNothing() {
        int[] shown = {0};
        fx.browser().showNamed("img3", () -> shown[0]++);
        assertThat(fx.browser().currentProperty().get().id()).isEqualTo(ids.get(3));
        assertThat(shown[0]).isEqualTo(1);
        fx.browser().showNamed("nothing-called-so", () -> shown[0]++);
        assertThat(fx.browser().currentProperty().get().id()).isEqualTo(ids.get(3));
        assertThat(shown[0]).isEqualTo(1);
    }

    @Test
    void f2WithNothingFocusedAndSpaceWithNothingShownDoNothing() {
        actions.startRename();
        assertThat(fx.browser().renamingProperty().get()).isEqualTo(-1);
        actions.togglePreview();
        assertThat(fx.browser().previewingProperty().get()).isFalse();
        actions.click(2, false, false);
        actions.togglePreview();
        assertThat(fx.browser().previewingProperty().get()).isTrue();
        actions.move(1, false);
        assertThat(fx.browser().currentProperty().get()).isEqualTo(at(3));
        actions.togglePreview();
        assertThat(fx.browser().previewingProperty().get()).isFalse();
    }

    @Test
    void aBandReplacesTheSelectionOrAddsToItAndShiftExtendsFromItsStart() {
        actions.click(4, false, false);
        actions.band(List.of(1, 2), false);
        assertThat(fx.browser().selection().ids()).containsExactlyInAnyOrder(at(1).id(), at(2).id());
        assertThat(fx.browser().currentProperty().get()).isEqualTo(at(2));
        actions.band(List.of(4), true);
        assertThat(fx.browser().selection().ids()).containsExactlyInAnyOrder(at(1).id(), at(2).id(), at(4).id());
        actions.band(List.of(1), false);
        actions.click(3, false, true); // Shift: from the band's first tile
        assertThat(fx.browser().selection().ids()).containsExactlyInAnyOrder(at(1).id(), at(2).id(), at(3).id());
        assertThat(actions.selectedAssets()).extracting(Asset::id).containsExactly(at(1).id(), at(2).id(), at(3).id());
    }

    @Test
    void anImportEndIsPostedAsANoticeAndOnlyTheNewestFewStay() throws Exception {
        List<String> posted = new java.util.ArrayList<>();
        fx.importer().onDone((failed, text) -> posted.add(failed + " " + text));
        Path folder = BrowserFixture.corpusFolder(dir, 2);
        fx.importer().start(List.of(folder), FolderPath.root());
        assertThat(posted).containsExactly("false Import finished: 2 imported, 0 duplicates, 0 failed");

        Notices notices = new Notices();
        for (int i = 1; i <= 6; i++) notices.post(Notices.Kind.INFO, "n" + i);
        assertThat(notices.shown()).extracting(Notices.Notice::text).containsExactly("n3", "n4", "n5", "n6");
    }

    @Test
    void aFailedLookupIsPostedAsAFailureNotice() {
        fx.browser().failed(new IllegalStateException("disk full"));
        assertThat(fx.browser().notices().shown()).containsExactly(
                new Notices.Notice(Notices.Kind.FAILURE, "Something went wrong: disk full"));
    }

    @Test
    void aThumbnailBacklogDoneIsReportedOnceWithItsCount() throws Exception {
        Path folder = BrowserFixture.corpusFolder(dir, 3);
        List<Asset> bare = new java.util.ArrayList<>();
        try (var importer = new io.mediadesk.library.ingest.Importer(library, java.time.Clock.systemUTC())) {
            importer.run(List.of(folder), io.mediadesk.library.ingest.ImportOptions.DEFAULT.withThumbnails(false),
                    io.mediadesk.library.ingest.ImportProgress.NONE, new io.mediadesk.library.ingest.Cancellation())
                    .items().forEach(i -> bare.add(library.assets().find(i.id().orElseThrow()).orElseThrow()));
        }
        var maker = new io.mediadesk.library.ingest.ThumbnailMaker(library.folder(), renderer);
        try (var queue = new io.mediadesk.library.ingest.ThumbnailQueue(maker,
                library.originals(), 1)) {
            ThumbnailCache cache = new ThumbnailCache(maker, queue, renderer, TaskRunner.sameThread(), Runnable::run);
            List<Integer> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
            cache.onBatchMade(3, reported::add);
            bare.forEach(a -> queue.request(a, io.mediadesk.library.ingest.ThumbnailQueue.Priority.BACKGROUND));
            assertThat(queue.awaitIdle(java.time.Duration.ofSeconds(60))).isTrue();
            assertThat(reported).containsExactly(3);
            queue.request(bare.get(0), io.mediadesk.library.ingest.ThumbnailQueue.Priority.VISIBLE).get();
            assertThat(reported).containsExactly(3); // already made: nothing new to report
        }
    }
}
