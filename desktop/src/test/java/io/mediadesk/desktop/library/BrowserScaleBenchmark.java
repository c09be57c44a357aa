package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.FxDebouncer;
import io.mediadesk.desktop.app.FxTaskRunner;
import io.mediadesk.desktop.app.Theme;
import io.mediadesk.desktop.asset.AssetPanelViewModel;
import io.mediadesk.desktop.importing.ImportViewModel;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.ingest.ThumbnailMaker;
import io.mediadesk.library.ingest.ThumbnailQueue;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The library-at-scale figures of docs/BENCHMARKS.md ("Desktop: a 100,000-asset library"), run by hand:
 * {@code mvn -q -B -o -pl desktop -am test -Dtest=BrowserScaleBenchmark -Dbench=browser -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.assets=N}, default 100,000). Seeds a real SQLite library once (kept in target/ for
 * reruns) whose assets point at 2,000 distinct thumbnail files (real 256 px JPEGs of corpus photos,
 * so the grid decodes a different file for most tiles, more than its 600-image cache holds), then,
 * headless under Monocle with the app's own pieces (FxTaskRunner, ThumbnailCache with its queue):
 * <ol>
 * <li>from opening the library to the grid showing the first screen of tiles with their names
 *     (placeholders up): the part of "window visible with placeholders" after the JVM and the
 *     toolkit have started (scripts/window-smoke.sh times the whole launch);</li>
 * <li>from there to every tile on screen showing its thumbnail (a warm disk cache);</li>
 * <li>dragging the scroll bar from top to bottom in 1,000 steps, one per frame: every gap between
 *     frames (an AnimationTimer), and every pulse's CSS + layout (pre/post-layout listeners).</li>
 * </ol>
 */
@EnabledIfSystemProperty(named = "bench", matches = "browser")
@ExtendWith(ApplicationExtension.class)
class BrowserScaleBenchmark {
    private static final int ASSETS = Integer.getInteger("bench.assets", 100_000);
    private static final int THUMBNAILS = 2_000;
    private static final int STEPS = 1_000;
    private static final Path CORPUS = Path.of("../../shared/corpus");
    private static final List<String> PHOTOS = List.of("Kleiber_by_Lukas_Baubkus.jpg", "Dragonfly_by_Bolly.jpg",
            "sunset_by_Aitzol_Berasategi.jpg", "Wine_by_Jakkub_Mede.jpg", "Bridge_by_Sander_Klootwijk.jpg",
            "plasma_Grey_2560x1600.jpg", "adobergb_Picture_1A.jpg", "seeding_baseline.jpg");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void measure() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no shared corpus");
        Path folder = Path.of("target", "bench-browser-" + ASSETS).toAbsolutePath();
        if (!Files.exists(folder.resolve(".seeded"))) seed(folder);

        long t0 = System.nanoTime();
        Library library = Library.open(folder, Optional.empty());
        long libraryOpen = System.nanoTime();
        FxTaskRunner tasks = new FxTaskRunner(2);
        Renderer renderer = new Renderer(Limits.DEFAULT, 2);
        ThumbnailMaker files = new ThumbnailMaker(library.folder(), renderer);
        ThumbnailQueue queue = new ThumbnailQueue(files, library.originals(), 1);
        long[] opened = new long[1];
        Platform.runLater(() -> {
            LibraryBrowserViewModel browser = new LibraryBrowserViewModel(library, tasks,
                    new FxDebouncer(javafx.util.Duration.millis(250)), Platform::runLater);
            LibraryBrowserView view = new LibraryBrowserView(browser, new ImportViewModel(library, tasks, Platform::runLater),
                    new AssetPanelViewModel(browser, tasks), new ThumbnailCache(files, queue, renderer, tasks, Platform::runLater));
            Scene scene = new Scene(view, 1260, 780); // within Monocle's 1280 x 800 screen
            Theme.apply(scene, false);
            stage.setScene(scene);
            stage.show();
            browser.open();
            opened[0] = System.nanoTime();
        });
        waitFor(60, () -> !tiles().isEmpty() && tiles().stream().allMatch(t -> t.getItem().asset() != null));
        long placeholders = System.nanoTime();
        waitFor(60, () -> tiles().stream().allMatch(t -> t.shownImage() != null && t.shownImage().getProgress() >= 1.0));
        long thumbnails = System.nanoTime();
        int onScreen = onFx(() -> tiles().size());
        System.out.printf(Locale.ROOT, "library of %,d assets opened: %.0f ms; view built and shown: %.0f ms%n", ASSETS,
                (libraryOpen - t0) / 1e6, (opened[0] - libraryOpen) / 1e6);
        System.out.printf(Locale.ROOT, "first screen of %d tiles with names (placeholders up): %.0f ms after opening the library%n",
                onScreen, (placeholders - t0) / 1e6);
        System.out.printf(Locale.ROOT, "every tile on screen showing its thumbnail: %.0f ms after that%n", (thumbnails - placeholders) / 1e6);

        scrollEndToEnd();

        queue.close();
        tasks.close();
        renderer.close();
        library.close();
    }

    private void scrollEndToEnd() throws Exception {
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        List<Long> layouts = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        long[] layoutStart = new long[1];
        Runnable pre = () -> layoutStart[0] = System.nanoTime();
        Runnable post = () -> layouts.add(System.nanoTime() - layoutStart[0]);
        long[] span = new long[2];
        Platform.runLater(() -> {
            Scene scene = stage.getScene();
            scene.addPreLayoutPulseListener(pre);
            scene.addPostLayoutPulseListener(post);
            ScrollBar bar = scene.getRoot().lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar)
                    .map(n -> (ScrollBar) n).filter(b -> b.getOrientation() == Orientation.VERTICAL && b.isVisible())
                    .filter(b -> b.getParent() != null && b.getParent().getStyleClass().contains("virtual-flow")
                            || isInGrid(b))
                    .findFirst().orElseThrow(() -> new AssertionError("no vertical scroll bar on the grid"));
            new AnimationTimer() {
                private long last;
                private int step;

                @Override
                public void handle(long now) {
                    if (last != 0) gaps.add(now - last);
                    else span[0] = System.nanoTime();
                    last = now;
                    if (step > STEPS) {
                        stop();
                        span[1] = System.nanoTime();
                        done.countDown();
                        return;
                    }
                    bar.setValue(bar.getMin() + (bar.getMax() - bar.getMin()) * step / STEPS);
                    step++;
                }
            }.start();
        });
        if (!done.await(10, TimeUnit.MINUTES)) throw new AssertionError("the scroll did not finish in 10 minutes");
        Platform.runLater(() -> {
            stage.getScene().removePreLayoutPulseListener(pre);
            stage.getScene().removePostLayoutPulseListener(post);
        });
        System.out.printf(Locale.ROOT, "scrolled top to bottom in %d steps (one per frame) in %.1f s%n", STEPS, (span[1] - span[0]) / 1e9);
        report("gap between frames", gaps);
        report("pulse CSS + layout", layouts);
    }

    private static boolean isInGrid(ScrollBar bar) {
        for (var p = bar.getParent(); p != null; p = p.getParent()) {
            if ("asset-grid".equals(p.getId())) return true;
        }
        return false;
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6;
        double max = sorted.get(sorted.size() - 1) / 1e6;
        long over = sorted.stream().filter(n -> n > 50_000_000L).count();
        System.out.printf(Locale.ROOT, "%-20s n %,d  median %.1f ms  p99 %.1f ms  max %.1f ms  over 50 ms: %d%n", what,
                sorted.size(), median, p99, max, over);
    }

    private List<AssetTile> tiles() {
        if (stage.getScene() == null) return List.of();
        return stage.getScene().getRoot().lookupAll(".asset-tile").stream().map(n -> (AssetTile) n)
                .filter(t -> t.getItem() != null && t.isVisible()).toList();
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) throws Exception {
        var result = new java.util.concurrent.CompletableFuture<T>();
        Platform.runLater(() -> result.complete(work.get()));
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(int seconds, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (onFx(condition::getAsBoolean)) return;
            Thread.sleep(5);
        }
        throw new AssertionError("not reached within " + seconds + " s");
    }

    /** The library: 100,000 assets over 500 folders, each pointing at one of 2,000 thumbnail files. */
    private static void seed(Path folder) throws Exception {
        long t0 = System.nanoTime();
        List<byte[]> jpegs = new ArrayList<>();
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 2)) {
            for (String photo : PHOTOS) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                renderer.render(CORPUS.resolve(photo), new TransformationParser().parse("w-256,h-256,c-at_max"),
                        Optional.of(OutputFormat.JPEG), out);
                jpegs.add(out.toByteArray());
            }
        }
        try (Library library = Library.open(folder, Optional.empty())) {
            ThumbnailMaker files = new ThumbnailMaker(library.folder(), new Renderer(Limits.DEFAULT, 1));
            for (int k = 0; k < THUMBNAILS; k++) {
                Path thumb = files.pathFor(hash(k), 256, false);
                Files.createDirectories(thumb.getParent());
                Files.write(thumb, jpegs.get(k % jpegs.size()));
            }
            files.close();
            Random r = new Random(42);
            Instant base = Instant.parse("2021-01-01T00:00:00Z");
            List<Asset> batch = new ArrayList<>();
            for (int n = 0; n < ASSETS; n++) {
                TreeSet<Tag> tags = new TreeSet<>();
                for (int t = r.nextInt(3); t > 0; t--) tags.add(new Tag("tag-" + r.nextInt(100)));
                Instant created = base.plusSeconds(n * 97L);
                batch.add(new Asset(AssetId.random(), FolderPath.parse("/campaign-" + n % 25 + "/shoot-" + n % 500 + "/"),
                        String.format(Locale.ROOT, "IMG_%06d.jpg", n), hash(n % THUMBNAILS), 1_000_000 + r.nextInt(4_000_000),
                        4000, 3000, "jpg", false, 1, Optional.of(r.nextLong()), tags, new TreeMap<>(), Optional.empty(),
                        EmbeddedMetadata.NONE, created, created, false, Optional.empty(), SyncState.LOCAL_ONLY));
                if (batch.size() == 5_000) {
                    library.assets().addAll(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) library.assets().addAll(batch);
        }
        Files.writeString(folder.resolve(".seeded"), "seeded\n");
        System.out.printf(Locale.ROOT, "seeded %,d assets and %,d thumbnail files in %.1f s%n", ASSETS, THUMBNAILS,
                (System.nanoTime() - t0) / 1e9);
    }

    private static String hash(int k) {
        return String.format(Locale.ROOT, "%064x", 0xABCDL * 1_000_003L + k);
    }
}
