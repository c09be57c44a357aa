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
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo and redo of tag edits against a real library, with same-thread (and deferred) tasks. */
class EditHistoryTest {
    @TempDir
    Path dir;
    private Library library;
    private Renderer renderer;
    private BrowserFixture fx;
    private final List<AssetId> ids = new ArrayList<>();

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
    void undoingABulkTagAddTakesItOnlyFromTheAssetsThatGainedIt() {
        seed(4, 0, "launch");
        fx.browser().open();
        BrowserActions actions = new BrowserActions(fx.browser());
        actions.click(0, false, false);
        actions.click(3, false, true);
        assertThat(fx.browser().selection().ids()).hasSize(4);
        fx.panel().addTags("launch, q3");
        assertThat(ids).allSatisfy(id -> assertThat(tags(id)).contains("launch", "q3"));
        assertThat(fx.browser().history().canUndoProperty().get()).isTrue();

        fx.browser().history().undo();
        assertThat(tags(ids.get(0))).containsExactly("launch"); // it had it before: kept
        assertThat(ids.subList(1, 4)).allSatisfy(id -> assertThat(tags(id)).isEmpty());
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Undone: added \"launch\", \"q3\" to 4 assets");
        assertThat(fx.browser().history().canUndoProperty().get()).isFalse();
        assertThat(fx.browser().history().canRedoProperty().get()).isTrue();

        fx.browser().history().redo();
        assertThat(ids).allSatisfy(id -> assertThat(tags(id)).containsExactly("launch", "q3"));
        assertThat(fx.browser().statusProperty().get()).startsWith("Redone: added");
    }

    @Test
    void undoingARemovalGivesTheTagBackOnlyWhereItWas() {
        seed(3, 1, "old");
        fx.browser().open();
        new BrowserActions(fx.browser()).selectAll();
        fx.panel().removeTag("old");
        assertThat(ids).allSatisfy(id -> assertThat(tags(id)).isEmpty());
        fx.browser().history().undo();
        assertThat(tags(ids.get(1))).containsExactly("old");
        assertThat(tags(ids.get(0))).isEmpty();
        assertThat(tags(ids.get(2))).isEmpty();
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Undone: removed \"old\" from 1 asset");
    }

    @Test
    void aNewEditClearsRedoAndAnEditThatChangedNothingIsNotRecorded() {
        seed(2, ALL, "x");
        fx.browser().open();
        new BrowserActions(fx.browser()).selectAll();
        fx.panel().addTags("x"); // already on both
        assertThat(fx.browser().history().canUndoProperty().get()).isFalse();
        fx.panel().addTags("y");
        fx.browser().history().undo();
        assertThat(fx.browser().history().canRedoProperty().get()).isTrue();
        fx.panel().addTags("z");
        assertThat(fx.browser().history().canRedoProperty().get()).isFalse();
        assertThat(ids).allSatisfy(id -> assertThat(tags(id)).containsExactly("x", "z"));
    }

    @Test
    void undoRunsThroughTheTaskRunnerNotOnTheCallingThread() {
        seed(2, -1, "");
        Deferred deferred = new Deferred();
        EditHistory history = new EditHistory(library.assets(), deferred, s -> { });
        TagEdit edit = TagEdit.add(library.assets(), ids, List.of(new Tag("later")));
        history.record(edit);
        history.undo();
        assertThat(tags(ids.get(0))).containsExactly("later"); // queued, not done
        assertThat(history.canUndoProperty().get()).isFalse();
        history.undo(); // a second press while one runs does nothing
        assertThat(deferred.queue).hasSize(1);
        deferred.runAll();
        assertThat(tags(ids.get(0))).isEmpty();
        assertThat(history.canRedoProperty().get()).isTrue();
    }

    @Test
    void aRenameIsUndoneAndRedoneAndAnUndoOntoANameTakenMeanwhileSaysWhy() {
        seed(2, -1, "");
        fx.browser().open();
        Asset first = library.assets().find(ids.get(0)).orElseThrow();
        fx.browser().rename(first, "cover.jpg");
        assertThat(library.assets().find(first.id()).orElseThrow().name()).isEqualTo("cover.jpg");

        fx.browser().history().undo();
        assertThat(library.assets().find(first.id()).orElseThrow().name()).isEqualTo("img0.jpg");
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Undone: renamed img0.jpg to cover.jpg");
        fx.browser().history().redo();
        assertThat(library.assets().find(first.id()).orElseThrow().name()).isEqualTo("cover.jpg");
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Redone: renamed img0.jpg to cover.jpg");

        Asset second = library.assets().find(ids.get(1)).orElseThrow();
        library.assets().move(second.id(), second.folder(), "img0.jpg"); // someone else (the CLI, a sync) takes the old name
        fx.browser().history().undo();
        assertThat(library.assets().find(first.id()).orElseThrow().name()).isEqualTo("cover.jpg");
        assertThat(fx.browser().statusProperty().get())
                .isEqualTo("Could not undo (renamed img0.jpg to cover.jpg): an asset named /f/img0.jpg already exists");
        assertThat(fx.browser().history().canUndoProperty().get()).isFalse();
    }

    @Test
    void aRefusedRenameIsNotRecorded() {
        seed(2, -1, "");
        fx.browser().open();
        Asset first = library.assets().find(ids.get(0)).orElseThrow();
        fx.browser().rename(first, "img1.jpg");
        fx.browser().rename(first, "no good?.jpg");
        fx.browser().rename(first, "img0.jpg"); // unchanged
        assertThat(fx.browser().history().canUndoProperty().get()).isFalse();
    }

    private List<String> tags(AssetId id) {
        return library.assets().find(id).orElseThrow().tags().stream().map(Tag::value).toList();
    }

    private static final int ALL = Integer.MAX_VALUE;

    /** {@code n} assets; the one at {@code tagged} (-1 for none, {@link #ALL} for all) carries {@code tag}. */
    private void seed(int n, int tagged, String tag) {
        List<Asset> assets = new ArrayList<>();
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            Instant at = base.plusSeconds(i);
            Set<Tag> tags = i == tagged || tagged == ALL ? Set.of(new Tag(tag)) : Set.of();
            Asset a = new Asset(AssetId.random(), FolderPath.parse("/f/"), "img" + i + ".jpg", String.format("%064x", i), 1000 + i,
                    800, 600, "jpg", false, 1, Optional.of((long) i), new TreeSet<>(tags), new TreeMap<>(), Optional.empty(),
                    EmbeddedMetadata.NONE, at, at, false, Optional.empty(), SyncState.LOCAL_ONLY);
            assets.add(a);
            ids.add(a.id());
        }
        library.assets().addAll(assets);
    }

    /** Holds work until {@link #runAll}: what a background pool looks like from the caller. */
    private static final class Deferred implements TaskRunner {
        final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
            queue.add(() -> TaskRunner.sameThread().run(work, onResult, onFailure));
        }

        void runAll() {
            while (!queue.isEmpty()) queue.poll().run();
        }
    }
}
