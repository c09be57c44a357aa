package io.mediadesk.desktop.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.library.BrowserActions;
import io.mediadesk.desktop.library.BrowserFixture;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FolderPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The asset panel's versions against a real library, same-thread tasks. The expected facts of the
 * files come from the corpus's MANIFEST.tsv (sizes and pixel sizes measured by other tools) and
 * a SHA-256 taken here with the JDK, never from the code under test.
 */
class VersionsViewModelTest {
    /** 32 × 32 JPEG, 413 bytes (MANIFEST.tsv); the library calls the format jpg. */
    static final String FIRST = "afl_not_kitty.jpg";
    /** 480 × 720 JPEG, 84,723 bytes (MANIFEST.tsv). */
    static final String SECOND = "orient_1.jpg";

    @TempDir
    Path dir;
    private Library library;
    private Renderer renderer;
    private BrowserFixture fx;
    private VersionsViewModel versions;
    private Asset asset;
    private final String user = System.getProperty("user.name") + " (mediadesk)";

    @BeforeEach
    void open() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(BrowserFixture.CORPUS), "no shared corpus");
        library = Library.open(dir.resolve("lib"), Optional.empty());
        renderer = new Renderer(Limits.DEFAULT, 1);
        fx = BrowserFixture.of(library, renderer, TaskRunner.sameThread());
        Path folder = Files.createDirectories(dir.resolve("campaign"));
        Files.copy(BrowserFixture.CORPUS.resolve(FIRST), folder.resolve(FIRST));
        fx.browser().open();
        fx.importer().start(List.of(folder), FolderPath.root());
        new BrowserActions(fx.browser()).click(0, false, false);
        asset = fx.browser().currentProperty().get();
        versions = fx.panel().versions();
    }

    @AfterEach
    void close() throws Exception {
        if (fx == null) return;
        fx.browser().close();
        renderer.close();
        library.close();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private String currentHash() {
        return library.assets().find(asset.id()).orElseThrow().contentHash();
    }

    @Test
    void anAssetNeverReplacedShowsItsImplicitFirstVersionByWhoeverAddedIt() throws Exception {
        assertThat(asset.name()).isEqualTo(FIRST);
        assertThat(versions.rows()).singleElement().satisfies(row -> {
            assertThat(row.current()).isTrue();
            assertThat(row.title()).isEqualTo("Version 1 · current");
            assertThat(row.version().contentHash()).isEqualTo(sha256(BrowserFixture.CORPUS.resolve(FIRST)));
            assertThat(row.author()).contains(user);
            assertThat(row.originalKept()).isTrue();
            assertThat(row.facts()).isEqualTo("JPG · 32 × 32 px · 413 B");
            assertThat(row.made()).endsWith(" · by " + user);
        });
    }

    @Test
    void replaceKeepsTheOldContentAsAVersionAndUndoAndRedoSwapThemBack() throws Exception {
        Path second = BrowserFixture.CORPUS.resolve(SECOND);
        versions.replace(second);

        assertThat(currentHash()).isEqualTo(sha256(second));
        assertThat(versions.rows()).extracting(VersionsViewModel.Row::title).containsExactly("Version 2 · current", "Version 1");
        VersionsViewModel.Row now = versions.rows().get(0);
        assertThat(now.version().width()).isEqualTo(480);
        assertThat(now.version().height()).isEqualTo(720);
        assertThat(now.version().size()).isEqualTo(84_723);
        assertThat(now.author()).contains(user);
        assertThat(versions.rows()).allSatisfy(row -> assertThat(row.originalKept()).isTrue());
        assertThat(versions.rows().get(1).version().contentHash()).isEqualTo(sha256(BrowserFixture.CORPUS.resolve(FIRST)));
        assertThat(versions.messageProperty().get())
                .isEqualTo("Replaced the content of " + FIRST + " with " + SECOND + ": version 2 (version 1 kept)");
        // the panel shows the new content: the browser re-read the asset on the library's change event
        assertThat(fx.browser().currentProperty().get().contentHash()).isEqualTo(sha256(second));
        assertThat(fx.panel().trail().get(0)).contains("content.replace");

        fx.browser().history().undo();
        assertThat(currentHash()).isEqualTo(sha256(BrowserFixture.CORPUS.resolve(FIRST)));
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Undone: replaced the content of " + FIRST + " with " + SECOND);
        assertThat(versions.rows()).extracting(VersionsViewModel.Row::title)
                .containsExactly("Version 3 · current", "Version 2", "Version 1"); // history is never rewritten

        fx.browser().history().redo();
        assertThat(currentHash()).isEqualTo(sha256(second));
        assertThat(versions.rows()).hasSize(4);
    }

    @Test
    void restoreMakesAnOldVersionCurrentAsANewOneAndUndoBringsBackTheOneBefore() throws Exception {
        Path second = BrowserFixture.CORPUS.resolve(SECOND);
        versions.replace(second);
        VersionsViewModel.Row first = versions.rows().get(1);

        versions.restore(first);
        assertThat(currentHash()).isEqualTo(sha256(BrowserFixture.CORPUS.resolve(FIRST)));
        assertThat(versions.rows()).extracting(VersionsViewModel.Row::title)
                .containsExactly("Version 3 · current", "Version 2", "Version 1");
        assertThat(versions.messageProperty().get())
                .isEqualTo("Restored version 1 of " + FIRST + " as version 3 (Undo brings back version 2)");
        assertThat(fx.panel().trail().get(0)).contains("version.restore");

        fx.browser().history().undo();
        assertThat(currentHash()).isEqualTo(sha256(second));
        assertThat(fx.browser().statusProperty().get()).isEqualTo("Undone: restored version 1 of " + FIRST);

        versions.restore(versions.rows().get(0)); // the current one: refused here, before the store is asked
        assertThat(versions.messageProperty().get()).isEqualTo("Version 4 is the current content already.");
        assertThat(versions.rows()).hasSize(4);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        String before = currentHash();
        long originals = files(library.folder().resolve("originals"));
        Path text = BrowserFixture.CORPUS.resolve("bad/text_named.jpg");

        versions.replace(text);
        assertThat(versions.messageProperty().get()).startsWith("Cannot replace " + FIRST + " with text_named.jpg: ");
        assertThat(currentHash()).isEqualTo(before);
        assertThat(versions.rows()).hasSize(1);
        assertThat(files(library.folder().resolve("originals"))).isEqualTo(originals); // no stray original written
        assertThat(fx.browser().history().canUndoProperty().get()).isFalse();
        assertThat(versions.busyProperty().get()).isFalse();

        versions.replace(dir.resolve("gone.jpg"));
        assertThat(versions.messageProperty().get()).isEqualTo("Cannot replace " + FIRST + " with gone.jpg: no such file: "
                + dir.resolve("gone.jpg"));
        assertThat(currentHash()).isEqualTo(before);
    }

    @Test
    void aVersionWhoseOriginalIsGoneSaysSoAndHasNoThumbnail() throws Exception {
        versions.replace(BrowserFixture.CORPUS.resolve(SECOND));
        VersionsViewModel.Row old = versions.rows().get(1);
        Files.delete(library.originals().local(old.version().contentHash(), "jpg"));
        versions.load();
        assertThat(versions.rows().get(1).originalKept()).isFalse();
        assertThat(versions.rows().get(1).made()).endsWith(" · original not kept");
        assertThat(versions.rows().get(0).originalKept()).isTrue();
    }

    @Test
    void aDropIsTakenOnlyAsOneFileWhileAnAssetIsShown() {
        Path file = dir.resolve("a.jpg");
        assertThat(versions.acceptsDrop(List.of(file))).isTrue();
        assertThat(versions.acceptsDrop(List.of())).isFalse();
        assertThat(versions.acceptsDrop(List.of(file, dir.resolve("b.jpg")))).isFalse();
        fx.browser().currentProperty().set(null);
        assertThat(versions.acceptsDrop(List.of(file))).isFalse();
        assertThat(versions.rows()).isEmpty();
        versions.replace(file);
        assertThat(versions.messageProperty().get()).isEqualTo("Select an asset first.");
    }

    private static long files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
