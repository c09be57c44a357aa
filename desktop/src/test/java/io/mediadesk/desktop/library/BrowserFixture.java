package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.asset.AssetPanelViewModel;
import io.mediadesk.desktop.importing.ImportViewModel;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.ingest.ThumbnailMaker;
import io.mediadesk.library.ingest.ThumbnailQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The browser wired as {@code MediadeskApp} wires it, for tests: same-thread tasks and events. */
public record BrowserFixture(LibraryBrowserViewModel browser, ImportViewModel importer, AssetPanelViewModel panel,
        ThumbnailCache thumbnails) {
    public static final Path CORPUS = Path.of("../../shared/corpus");

    public static BrowserFixture of(Library library, Renderer renderer, TaskRunner tasks) {
        LibraryBrowserViewModel browser = new LibraryBrowserViewModel(library, tasks, Debouncer.immediate(), Runnable::run);
        return new BrowserFixture(browser, new ImportViewModel(library, tasks, Runnable::run), new AssetPanelViewModel(browser, tasks),
                thumbnails(library, renderer, tasks));
    }

    /**
     * A cache whose queue's single worker lives as long as the test JVM (daemon thread); queued
     * thumbnails are handed over on the FX thread, as in the app.
     */
    private static ThumbnailCache thumbnails(Library library, Renderer renderer, TaskRunner tasks) {
        ThumbnailMaker maker = new ThumbnailMaker(library.folder(), renderer);
        return new ThumbnailCache(maker, new ThumbnailQueue(maker, library.originals(), 1), renderer, tasks,
                javafx.application.Platform::runLater);
    }

    public LibraryBrowserView view() {
        LibraryBrowserView view = new LibraryBrowserView(browser, importer, panel, thumbnails);
        browser.open();
        return view;
    }

    /** Adds {@code n} made-up JPEG records {@code img0.jpg...} under {@code /f/}, oldest first; returns their ids in that order. */
    public static List<io.mediadesk.library.asset.AssetId> seed(Library library, int n) {
        List<io.mediadesk.library.asset.Asset> assets = new java.util.ArrayList<>();
        java.time.Instant base = java.time.Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            java.time.Instant at = base.plusSeconds(i);
            assets.add(new io.mediadesk.library.asset.Asset(io.mediadesk.library.asset.AssetId.random(),
                    io.mediadesk.library.asset.FolderPath.parse("/f/"), "img" + i + ".jpg", String.format("%064x", 7000 + i), 1000 + i,
                    800, 600, "jpg", false, 1, java.util.Optional.of((long) i), new java.util.TreeSet<>(), new java.util.TreeMap<>(),
                    java.util.Optional.empty(), io.mediadesk.library.asset.EmbeddedMetadata.NONE, at, at, false,
                    java.util.Optional.empty(), io.mediadesk.library.asset.SyncState.LOCAL_ONLY));
        }
        library.assets().addAll(assets);
        return assets.stream().map(io.mediadesk.library.asset.Asset::id).toList();
    }

    /** A folder holding {@code n} small JPEGs of the shared corpus; the test is skipped without the corpus. */
    public static Path corpusFolder(Path into, int n) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no shared corpus at " + CORPUS.toAbsolutePath());
        Path folder = Files.createDirectories(into.resolve("campaign"));
        List<Path> jpegs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            jpegs = files.filter(p -> p.toString().endsWith(".jpg")).filter(BrowserFixture::small).sorted().limit(n).toList();
        }
        for (Path p : jpegs) Files.copy(p, folder.resolve(p.getFileName()));
        return folder;
    }

    private static boolean small(Path p) {
        try {
            return Files.size(p) < 3_000_000;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
