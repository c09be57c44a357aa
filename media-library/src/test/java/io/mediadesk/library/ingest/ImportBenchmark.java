package io.mediadesk.library.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.Library;
import io.mediadesk.library.fixture.Corpus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import benchmark of docs/BENCHMARKS.md, run by hand:
 * {@code mvn -q -B -o -pl media-library -am test -Dtest=ImportBenchmark -Dbench=import -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.files=N}, default 1,000). Copies the corpus's real photos (2.6 to 24 MP) under
 * new names, each with its own JPEG comment so every file is new content, then imports the folder
 * with thumbnails as the CLI does (the run returns when every thumbnail exists), and prints images
 * per second, the time until the first asset and its thumbnails exist, and the heap's peak.
 */
@EnabledIfSystemProperty(named = "bench", matches = "import")
class ImportBenchmark {
    private static final int FILES = Integer.getInteger("bench.files", 1_000);
    private static final List<String> PHOTOS = List.of("Kleiber_by_Lukas_Baubkus.jpg", "Elephants_5640x3172.jpg",
            "seeding_by_Clements_Engelhardt.jpg", "Dragonfly_by_Bolly.jpg", "sunset_by_Aitzol_Berasategi.jpg",
            "Wine_by_Jakkub_Mede.jpg", "Bridge_by_Sander_Klootwijk.jpg", "plasma_Grey_2560x1600.jpg",
            "cmyk_icc_Picture_0B.jpg", "adobergb_Picture_1A.jpg", "seeding_baseline.jpg");

    @TempDir
    Path tmp;

    @Test
    void measure() throws Exception {
        Path in = tmp.resolve("in");
        long pixels = 0;
        for (int i = 0; i < FILES; i++) {
            String photo = PHOTOS.get(i % PHOTOS.size());
            Corpus.jpegVariant(photo, in.resolve("batch-" + i / 100).resolve(String.format(Locale.ROOT, "photo-%04d.jpg", i)),
                    "import benchmark copy " + i);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        try (Library library = Library.open(tmp.resolve("lib"), Optional.empty());
                Importer importer = new Importer(library, Clock.systemUTC())) {
            long start = System.nanoTime();
            AtomicLong firstThumbnail = new AtomicLong();
            AtomicLong firstImported = new AtomicLong();
            ThumbnailMaker thumbs = importer.thumbnailMaker();
            importer.thumbnailQueue().addListener(sha256 -> firstThumbnail.compareAndSet(0, System.nanoTime() - start));
            ImportReport report = importer.run(List.of(in), ImportOptions.DEFAULT, new ImportProgress() {
                @Override
                public void finished(ImportItem item, int done, int total) {
                    firstImported.compareAndSet(0, System.nanoTime() - start);
                    if (done % 100 == 0) System.out.printf(Locale.ROOT, "  %,d of %,d after %.1f s%n", done, total, (System.nanoTime() - start) / 1e9);
                }
            }, new Cancellation());
            long all = System.nanoTime() - start;
            long imported = report.items().stream().filter(i -> i.status() == ImportItem.Status.IMPORTED).count();
            assertThat(imported).as("every copy is new content").isEqualTo(FILES);
            long thumbnails = 0;
            for (var item : report.items()) {
                var asset = library.assets().find(item.id().orElseThrow()).orElseThrow();
                for (int size : ThumbnailMaker.SIZES) {
                    if (Files.isRegularFile(thumbs.pathFor(asset.contentHash(), size, asset.hasAlpha()))) thumbnails++;
                }
                pixels += (long) asset.width() * asset.height();
            }
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "imported %,d photos (%.1f MP on average) in %.1f s: %.2f images/s%n", imported,
                    pixels / 1e6 / imported, all / 1e9, imported / (all / 1e9));
            System.out.printf(Locale.ROOT, "first asset after %.2f s, its thumbnails after %.2f s; all %,d of %,d thumbnails "
                    + "made when the run returned%n", firstImported.get() / 1e9, firstThumbnail.get() / 1e9, thumbnails,
                    imported * ThumbnailMaker.SIZES.size());
            report.items().stream().flatMap(i -> i.warnings().stream()).distinct().limit(5)
                    .forEach(w -> System.out.println("warning: " + w));
            System.out.printf(Locale.ROOT, "heap peak (sum of pools' peaks) %,d MB; max heap %,d MB; %d processors%n", peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        }
    }
}
