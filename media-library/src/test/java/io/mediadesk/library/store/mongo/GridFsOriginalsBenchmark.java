package io.mediadesk.library.store.mongo;

import io.mediadesk.library.Library;
import io.mediadesk.library.fixture.Corpus;
import io.mediadesk.library.fixture.MongoTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team catalog's originals in docs/BENCHMARKS.md, run by hand:
 * {@code mvn -q -B -o -pl media-library -am test -Dtest=GridFsOriginalsBenchmark -Dbench=originals -Dsurefire.failIfNoSpecifiedTests=false}.
 * For each corpus photo: the embedded library's put (folder only), the team library's put on machine
 * A (folder, GridFS upload, read back and hashed), and machine B's first open (GridFS to its folder,
 * hashed, fsync, rename) and second open (a local hit). mongo-java-server's memory backend over
 * loopback: what the adapter, the driver and the checks cost, not what a real server's disk or a
 * network would.
 */
@EnabledIfSystemProperty(named = "bench", matches = "originals")
class GridFsOriginalsBenchmark {
    private static final List<String> PHOTOS = List.of("Elephants_5640x3172.jpg", "Kleiber_by_Lukas_Baubkus.jpg",
            "seeding_baseline.jpg", "Dragonfly_by_Bolly.jpg");
    private static final int RUNS = 5;

    @TempDir
    Path tmp;

    @Test
    void measure() throws Exception {
        long bytes = 0;
        java.util.Map<String, String> sha = new java.util.HashMap<>();
        for (String name : PHOTOS) {
            bytes += Files.size(Corpus.file(name));
            sha.put(name, Corpus.sha256(Corpus.file(name)));
        }
        double mb = bytes / 1e6;
        double[] local = new double[RUNS];
        double[] put = new double[RUNS];
        double[] cold = new double[RUNS];
        double[] warm = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            Path dir = tmp.resolve("run" + run);
            try (MongoTestServer server = MongoTestServer.start();
                    Library embedded = Library.open(dir.resolve("embedded"), Optional.empty());
                    Library a = Library.open(dir.resolve("a"), Optional.of(server.uri("team")));
                    Library b = Library.open(dir.resolve("b"), Optional.of(server.uri("team")))) {
                long t0 = System.nanoTime();
                for (String name : PHOTOS) embedded.originals().put(Corpus.file(name), sha.get(name), "jpg");
                long t1 = System.nanoTime();
                for (String name : PHOTOS) a.originals().put(Corpus.file(name), sha.get(name), "jpg");
                long t2 = System.nanoTime();
                for (String name : PHOTOS) b.originals().open(sha.get(name), "jpg");
                long t3 = System.nanoTime();
                for (String name : PHOTOS) b.originals().open(sha.get(name), "jpg");
                long t4 = System.nanoTime();
                local[run] = (t1 - t0) / 1e6;
                put[run] = (t2 - t1) / 1e6;
                cold[run] = (t3 - t2) / 1e6;
                warm[run] = (t4 - t3) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "%d photos, %.1f MB; median of %d runs%n",
                PHOTOS.size(), mb, RUNS);
        print("embedded put (folder)", local, mb);
        print("team put (folder+GridFS+verify)", put, mb);
        print("team open on B, cold (fetch)", cold, mb);
        print("team open on B, warm (local)", warm, Double.NaN);
    }

    private static void print(String what, double[] ms, double mb) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        String rate = Double.isNaN(mb) ? "a stat per file" : String.format(Locale.ROOT, "%6.1f MB/s", mb / (median / 1000));
        System.out.printf(Locale.ROOT, "%-34s median %8.1f ms  (%s)  min %8.1f  max %8.1f%n", what, median, rate, sorted[0],
                sorted[sorted.length - 1]);
    }
}
