package io.mediadesk.library.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.fixture.Corpus;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThumbnailQueueTest {
    @TempDir
    Path tmp;

    private Library library;
    private Importer importer;
    private ThumbnailMaker maker;
    private ThumbnailQueue queue;

    @BeforeEach
    void open() {
        library = Library.open(tmp.resolve("lib"), Optional.empty());
        importer = new Importer(library, Clock.systemUTC());
        maker = new ThumbnailMaker(library.folder(), new Renderer(Limits.DEFAULT, 1));
        queue = new ThumbnailQueue(maker, importer.originals(), 1);
    }

    @AfterEach
    void close() {
        queue.close();
        maker.close();
        importer.close();
        library.close();
    }

    /** Imports without thumbnails, so the queue under test is the one that makes them. */
    private List<Asset> importBare(Path... files) {
        ImportReport report = importer.run(List.of(files), ImportOptions.DEFAULT.withThumbnails(false), ImportProgress.NONE,
                new Cancellation());
        return report.items().stream().map(i -> library.assets().find(i.id().orElseThrow()).orElseThrow()).toList();
    }

    private Path variant(String corpusName, int n) throws Exception {
        return Corpus.jpegVariant(corpusName, tmp.resolve("in").resolve("v" + n + ".jpg"), "copy " + n);
    }

    private static BufferedImage read(Path file) throws Exception {
        return ImageIO.read(file.toFile());
    }

    @Test
    void aRequestMakesBothSizesAndTellsTheListener() throws Exception {
        Asset asset = importBare(Corpus.copy("orient_6.jpg", tmp.resolve("in").resolve("o6.jpg"))).get(0);
        List<String> made = Collections.synchronizedList(new ArrayList<>());
        queue.addListener(made::add);
        assertThat(queue.has(asset)).isFalse();

        queue.request(asset, ThumbnailQueue.Priority.VISIBLE).get(30, TimeUnit.SECONDS);

        assertThat(queue.has(asset)).isTrue();
        assertThat(made).containsExactly(asset.contentHash());
        // orient_6 is stored 720 x 480 with EXIF orientation 6 (turn 90 degrees): upright it is 480 x 720.
        BufferedImage big = read(maker.pathFor(asset.contentHash(), 1024, false));
        BufferedImage small = read(maker.pathFor(asset.contentHash(), 256, false));
        assertThat(List.of(big.getWidth(), big.getHeight())).containsExactly(480, 720); // at_max never enlarges
        assertThat(List.of(small.getWidth(), small.getHeight())).containsExactly(171, 256); // 480 * 256 / 720 = 170.67
        // The job leaves the queue just after its future completes: idle soon, not necessarily at once.
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(queue.pending()).isZero();
    }

    @Test
    void asksForTheSameContentShareOneJob() throws Exception {
        Asset asset = importBare(variant("Wine_by_Jakkub_Mede.jpg", 1)).get(0);
        List<String> made = Collections.synchronizedList(new ArrayList<>());
        queue.addListener(made::add);
        CompletableFuture<Void> a = queue.request(asset, ThumbnailQueue.Priority.BACKGROUND);
        CompletableFuture<Void> b = queue.request(asset, ThumbnailQueue.Priority.VISIBLE);
        CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);
        assertThat(made).containsExactly(asset.contentHash());
        // On disk now: asked again, the job finishes without making or announcing anything.
        queue.request(asset, ThumbnailQueue.Priority.VISIBLE).get(30, TimeUnit.SECONDS);
        assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(made).containsExactly(asset.contentHash());
    }

    @Test
    void aVisibleRequestOvertakesTheImportsBacklog() throws Exception {
        List<Asset> assets = importBare(variant("plasma_Grey_2560x1600.jpg", 1), variant("plasma_Grey_2560x1600.jpg", 2),
                variant("plasma_Grey_2560x1600.jpg", 3), variant("plasma_Grey_2560x1600.jpg", 4),
                variant("plasma_Grey_2560x1600.jpg", 5), variant("plasma_Grey_2560x1600.jpg", 6));
        try (ThumbnailQueue paused = new ThumbnailQueue(maker, importer.originals(), 1, false)) {
            List<String> made = Collections.synchronizedList(new ArrayList<>());
            paused.addListener(made::add);
            for (Asset a : assets.subList(0, 5)) paused.request(a, ThumbnailQueue.Priority.BACKGROUND);
            paused.request(assets.get(5), ThumbnailQueue.Priority.VISIBLE);
            paused.start();
            assertThat(paused.awaitIdle(Duration.ofSeconds(60))).isTrue();
            // The tile on screen first, then the import's backlog in its own order.
            assertThat(made).containsExactly(assets.get(5).contentHash(), assets.get(0).contentHash(), assets.get(1).contentHash(),
                    assets.get(2).contentHash(), assets.get(3).contentHash(), assets.get(4).contentHash());
        }
    }

    @Test
    void visibleRequestsGoNewestFirstBecauseThoseAreTheTilesOnScreenNow() throws Exception {
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 4; i++) assets.add(importBare(variant("sunset_by_Aitzol_Berasategi.jpg", i)).get(0));
        try (ThumbnailQueue paused = new ThumbnailQueue(maker, importer.originals(), 1, false)) {
            List<String> made = Collections.synchronizedList(new ArrayList<>());
            paused.addListener(made::add);
            for (Asset a : assets) paused.request(a, ThumbnailQueue.Priority.VISIBLE); // scrolling down: 0, 1, 2, 3
            paused.start();
            assertThat(paused.awaitIdle(Duration.ofSeconds(60))).isTrue();
            List<String> h = assets.stream().map(Asset::contentHash).toList();
            assertThat(made).containsExactly(h.get(3), h.get(2), h.get(1), h.get(0));
        }
    }

    @Test
    void aDamagedOriginalFailsItsJobWithTheReasonAndTheQueueGoesOn() throws Exception {
        List<Asset> assets = importBare(Corpus.copy("orient_1.jpg", tmp.resolve("in").resolve("a.jpg")),
                Corpus.copy("orient_3.jpg", tmp.resolve("in").resolve("b.jpg")));
        Path original = importer.originals().local(assets.get(0).contentHash(), "jpg");
        Files.write(original, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}); // a truncated JPEG now
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        queue.addListener(new ThumbnailQueue.Listener() {
            @Override
            public void made(String sha256) {
            }

            @Override
            public void failed(String sha256, String reason) {
                failed.add(sha256);
            }
        });
        CompletableFuture<Void> broken = queue.request(assets.get(0), ThumbnailQueue.Priority.BACKGROUND);
        CompletableFuture<Void> fine = queue.request(assets.get(1), ThumbnailQueue.Priority.BACKGROUND);
        assertThatThrownBy(() -> broken.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().hasMessageNotContaining("null");
        fine.get(30, TimeUnit.SECONDS);
        assertThat(failed).containsExactly(assets.get(0).contentHash());
        assertThat(maker.pathFor(assets.get(0).contentHash(), 1024, false)).doesNotExist();
        assertThat(queue.has(assets.get(1))).isTrue();
    }

    @Test
    void cancellingTheBackgroundDropsQueuedJobsAndClosingCancelsTheRest() throws Exception {
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 6; i++) assets.add(importBare(variant("Dragonfly_by_Bolly.jpg", i)).get(0));
        ThumbnailQueue paused = new ThumbnailQueue(maker, importer.originals(), 1, false);
        List<CompletableFuture<Void>> jobs = new ArrayList<>();
        for (Asset a : assets.subList(0, 3)) jobs.add(paused.request(a, ThumbnailQueue.Priority.BACKGROUND));
        CompletableFuture<Void> onScreen = paused.request(assets.get(3), ThumbnailQueue.Priority.VISIBLE);
        assertThat(paused.cancel(ThumbnailQueue.Priority.BACKGROUND)).isEqualTo(3);
        assertThat(jobs).allSatisfy(j -> assertThatThrownBy(j::join).hasCauseInstanceOf(CancellationException.class));
        paused.start();
        onScreen.get(60, TimeUnit.SECONDS); // a cancelled import's backlog does not take the tiles' jobs with it
        assertThat(paused.awaitIdle(Duration.ofSeconds(60))).isTrue();
        paused.close();
        List<CompletableFuture<Void>> later = new ArrayList<>();
        for (Asset a : assets.subList(4, 6)) later.add(queue.request(a, ThumbnailQueue.Priority.BACKGROUND));
        queue.close(); // the job being rendered finishes, a queued one is cancelled
        assertThat(later).allSatisfy(j -> assertThat(j).isDone());
        // Nothing half-written: each size is there whole or not at all, and no temp file is left.
        try (var files = Files.walk(library.folder().resolve("thumbnails"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allSatisfy(n -> assertThat(n).endsWith(".jpg").doesNotStartWith("."));
        }

        assertThat(queue.request(assets.get(0), ThumbnailQueue.Priority.VISIBLE)).isCompletedExceptionally();
    }

    /**
     * The small size is scaled from the large one, yet comes out the size {@code w-256,h-256,c-at_max}
     * gives the original (worked out by hand below) and looks like ImageMagick's resize of the
     * original itself.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // file, upright width x height, 1024 px (long side 1024), 256 px: long side * 256 / long, rounded
            "Kleiber_by_Lukas_Baubkus.jpg,     1024, 576,  256, 144", // 3391 * 1024 / 6028 = 576.04; * 256 = 144.01
            "Wine_by_Jakkub_Mede.jpg,          683,  1024, 171, 256", // 2560 * 1024 / 3837 = 683.2;  * 256 = 170.80
            "Bridge_by_Sander_Klootwijk.jpg,   1024, 576,  256, 144", // 2448 * 1024 / 4352 = 576.0;  * 256 = 144.0
            "panorama_strip_6028x300.jpg,      1024, 51,   256, 13",  // 300 * 1024 / 6028 = 50.96;   * 256 = 12.74
            "imagemagick_examples_794x3352.jpg, 243, 1024, 61,  256", // 794 * 1024 / 3352 = 242.56;  * 256 = 60.64
    })
    void theSmallSizeMatchesOneStepFromTheOriginal(String file, int bigW, int bigH, int smallW, int smallH) throws Exception {
        Path in = Corpus.copy(file, tmp.resolve("in").resolve(file));
        Asset asset = importBare(in).get(0);
        queue.request(asset, ThumbnailQueue.Priority.VISIBLE).get(60, TimeUnit.SECONDS);
        BufferedImage big = read(maker.pathFor(asset.contentHash(), 1024, false));
        BufferedImage small = read(maker.pathFor(asset.contentHash(), 256, false));
        assertThat(List.of(big.getWidth(), big.getHeight())).containsExactly(bigW, bigH);
        assertThat(List.of(small.getWidth(), small.getHeight())).containsExactly(smallW, smallH);

        Path convert = Path.of("/usr/bin/convert");
        assumeTrue(Files.isExecutable(convert), "ImageMagick is not installed");
        Path reference = tmp.resolve("reference.png");
        Process p = new ProcessBuilder(convert.toString(), in.toString(), "-auto-orient", "-colorspace", "sRGB",
                "-resize", smallW + "x" + smallH + "!", reference.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        Path oneStep = tmp.resolve("one-step.jpg");
        try (var out = Files.newOutputStream(oneStep)) {
            maker.renderer().render(in, new io.mediadesk.engine.transform.TransformationParser().parse("w-256,h-256,c-at_max"),
                    Optional.empty(), out);
        }
        BufferedImage im = read(reference);
        double twoSteps = meanAbsoluteDifference(small, im);
        double direct = meanAbsoluteDifference(read(oneStep), im);
        // Both differ from ImageMagick by their filters and JPEG's error; the second step adds little.
        assertThat(twoSteps).as(String.format(Locale.ROOT, "mean |difference| per channel from ImageMagick: two steps %.2f, "
                + "one step %.2f (of 255)", twoSteps, direct)).isLessThan(direct + 0.5);
    }

    private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        assertThat(List.of(a.getWidth(), a.getHeight())).isEqualTo(List.of(b.getWidth(), b.getHeight()));
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
