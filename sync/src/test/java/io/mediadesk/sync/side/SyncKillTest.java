package io.mediadesk.sync.side;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.ingest.Cancellation;
import io.mediadesk.library.ingest.ContentIntake;
import io.mediadesk.library.ingest.ImportOptions;
import io.mediadesk.library.ingest.ImportProgress;
import io.mediadesk.library.ingest.Importer;
import io.mediadesk.sync.sandbox.Family;
import io.mediadesk.sync.sandbox.Fault;
import io.mediadesk.sync.sandbox.FileSnapshot;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import io.mediadesk.sync.sandbox.SeedFile;
import io.mediadesk.sync.sandbox.SeedFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kill -9 of a real sync (reliability.md rows 43, 47): a child JVM ({@link SyncChild}) syncs a real
 * library (SQLite catalog, originals on disk) with the stand-in over loopback and is killed with
 * {@code destroyForcibly} after a seeded number of steps, three times, then runs without faults.
 * Afterwards: no asset, version or tag lost on either side; every original holds the bytes its
 * hash names (nothing partial under a final name); no file uploaded twice, neither as a second file
 * nor as a second version; local and remote converge within 3 fault-free runs; and the lease of
 * each killed run blocked the next one only until it lapsed. The seed is printed; {@code -Dseed=N}
 * replays one.
 */
class SyncKillTest {
    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final int REMOTE = 16;
    private static final int LOCAL = 16;

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return Long.getLong("seed") != null ? Stream.of(Long.getLong("seed")) : Stream.of(11L, 29L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void killedSyncsResumeLoseNothingAndConverge(long seed) throws Exception {
        System.out.println("SyncKillTest seed " + seed + " (replay with -Dseed=" + seed + ")");
        Random random = new Random(seed);
        Path folder = dir.resolve("lib");
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withSeed(seed))) {
            // one in three private: their downloads need signed URLs
            List<SeedFile> remoteFiles = SeedFiles.generate(REMOTE, seed).map(f -> new SeedFile(f.folder(), f.name(), f.versions(), f.tags(),
                    f.customCoordinates(), f.name().hashCode() % 3 == 0)).toList();
            sandbox.seed(remoteFiles.stream());
            Map<String, Integer> remoteVersions = sandbox.files().stream()
                    .collect(Collectors.toMap(FileSnapshot::filePath, FileSnapshot::versions));
            Map<String, String> localHashes = importLocal(folder);
            // transfers take a little while, so kills land during them as well as between them
            sandbox.faults().always(Family.UPLOAD, new Fault.Delay(Duration.ofMillis(30)));
            sandbox.faults().always(Family.DELIVERY, new Fault.Delay(Duration.ofMillis(30)));

            List<String> story = new ArrayList<>();
            for (int kill = 1; kill <= 3; kill++) {
                Child child = Child.start(folder, sandbox);
                int items = child.items();
                int after = 1 + random.nextInt(Math.max(1, items * 3 / 4));
                int killedAt = child.killAfterSteps(after);
                story.add("run " + kill + ": " + items + " items, " + (killedAt < 0 ? "finished before step " + after
                        : "killed after step " + killedAt) + (child.leaseWaits() > 0 ? ", waited on the lease " + child.leaseWaits() + "x" : ""));
                if (killedAt >= 0) {
                    try (Library library = Library.open(folder, Optional.empty())) {
                        assertThat(library.catalog().syncLedger().acquireLease("probe", Instant.now(), Duration.ofMillis(1)))
                                .as("the killed run's lease is still held (seed %d)", seed).isFalse();
                    }
                }
            }
            sandbox.faults().clear();
            int runs = 0;
            int items;
            do {
                Child child = Child.start(folder, sandbox);
                items = child.items();
                child.finish();
                story.add("clean run: " + items + " items" + (child.leaseWaits() > 0 ? ", waited on the lease " + child.leaseWaits() + "x" : ""));
                assertThat(child.leaseWaits() * 200L).as("a stale lease lapses (seed %d)", seed).isLessThan(LEASE.toMillis() + 3000);
                runs++;
            } while (items > 0 && runs <= 3);
            System.out.println("seed " + seed + ": " + String.join("; ", story));
            assertThat(items).as("converged within 3 fault-free runs (seed %d): %s", seed, story).isZero();

            check(seed, folder, sandbox, remoteFiles, remoteVersions, localHashes);
        }
    }

    private void check(long seed, Path folder, Sandbox sandbox, List<SeedFile> remoteFiles, Map<String, Integer> remoteVersions,
            Map<String, String> localHashes) throws Exception {
        Map<String, FileSnapshot> remote = sandbox.files().stream().collect(Collectors.toMap(FileSnapshot::filePath, f -> f));
        Set<String> expected = new TreeSet<>(remoteVersions.keySet());
        expected.addAll(localHashes.keySet());
        assertThat(remote.keySet()).as("every file once at the service, no duplicate (seed %d)", seed).containsExactlyInAnyOrderElementsOf(expected);
        remoteVersions.forEach((path, versions) -> assertThat(remote.get(path).versions()).as("versions of %s", path).isEqualTo(versions));
        localHashes.keySet().forEach(path -> assertThat(remote.get(path).versions()).as("%s uploaded once (seed %d)", path, seed).isEqualTo(1));
        remoteFiles.forEach(f -> assertThat(remote.get(f.folder() + f.name()).isPrivateFile()).as("private %s", f.name()).isEqualTo(f.privateFile()));

        try (Library library = Library.open(folder, Optional.empty()); ContentIntake intake = new ContentIntake(folder)) {
            List<Asset> assets = new ArrayList<>();
            library.assets().forEachAsset(assets::add);
            Map<String, Asset> byPath = assets.stream().collect(Collectors.toMap(Asset::filePath, a -> a));
            assertThat(byPath.keySet()).as("every file once in the library (seed %d)", seed).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(assets).noneMatch(Asset::trashed);
            localHashes.forEach((path, hash) -> assertThat(byPath.get(path).contentHash()).as(path).isEqualTo(hash));
            for (SeedFile f : remoteFiles) {
                Asset a = byPath.get(f.folder() + f.name());
                assertThat(a.contentHash()).as("current content of %s", a.filePath()).isEqualTo(sha256(f.versions().get(f.versions().size() - 1)));
                assertThat(a.tags().stream().map(Tag::value).toList()).as("tags of %s", a.filePath()).isEqualTo(f.tags());
                assertThat(a.customCoordinates()).isEqualTo(f.customCoordinates());
            }
            for (Asset a : assets) {
                Path original = intake.original(a.contentHash(), a.format());
                assertThat(sha256(Files.readAllBytes(original))).as("the original of %s holds its bytes (seed %d)", a.filePath(), seed)
                        .isEqualTo(a.contentHash());
                assertThat(remote.get(a.filePath()).tags()).as("tags of %s at the service", a.filePath())
                        .containsExactlyInAnyOrderElementsOf(a.tags().stream().map(Tag::value).toList());
            }
        }
    }

    /** Imports {@link #LOCAL} distinct PNGs into {@code /mine/}, tags every other one; returns hash by path. */
    private Map<String, String> importLocal(Path folder) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        for (int i = 0; i < LOCAL; i++) {
            byte[] png = SeedFiles.png(10_000 + i);
            files.add(Files.write(in.resolve(String.format("local-%02d.png", i)), png));
            hashes.put(String.format("/mine/local-%02d.png", i), sha256(png));
        }
        try (Library library = Library.open(folder, Optional.empty());
                Importer importer = new Importer(library.folder(), library.assets(), Clock.systemUTC())) {
            importer.run(files, ImportOptions.DEFAULT.withThumbnails(false).withTarget(FolderPath.parse("/mine/")),
                    new ImportProgress() { }, new Cancellation());
            List<Asset> all = new ArrayList<>();
            library.assets().forEachAsset(all::add);
            assertThat(all).hasSize(LOCAL);
            for (int i = 0; i < LOCAL; i += 2) {
                String name = String.format("local-%02d.png", i);
                Asset a = all.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
                library.assets().addTags(List.of(a.id()), List.of(Tag.of("mine-" + i)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A {@link SyncChild} whose output is read line by line as it comes. */
    private static final class Child {
        private final Process process;
        private final BufferedReader out;
        private final List<String> said = new ArrayList<>();
        private int leaseWaits;

        private Child(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Child start(Path folder, Sandbox sandbox) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    SyncChild.class.getName(), folder.toString(), sandbox.apiBase(), Long.toString(LEASE.toMillis()),
                    "child-" + System.nanoTime()).redirectErrorStream(true);
            pb.environment().put("MEDIADESK_PRIVATE_KEY", sandbox.privateKey());
            return new Child(pb.start());
        }

        /** Reads up to the {@code items N} line. */
        int items() throws Exception {
            String line;
            while ((line = next()) != null) {
                if (line.startsWith("items ")) return Integer.parseInt(line.substring(6).strip());
            }
            throw new AssertionError("the child said no plan: " + said + " exit " + process.waitFor());
        }

        /** Kills the child once it reports {@code steps} steps done; -1 when it finished first. */
        int killAfterSteps(int steps) throws Exception {
            String line;
            int done = 0;
            while ((line = next()) != null) {
                if (line.startsWith("step ")) done++;
                if (line.startsWith("done")) {
                    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    return -1;
                }
                if (done >= steps) {
                    process.destroyForcibly();
                    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    return done;
                }
            }
            throw new AssertionError("the child ended without finishing: " + said + " exit " + process.waitFor());
        }

        void finish() throws Exception {
            String line;
            while ((line = next()) != null) {
                if (line.startsWith("done")) {
                    assertThat(line).as(String.join("\n", said)).endsWith("failures=0");
                    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    assertThat(process.exitValue()).isZero();
                    return;
                }
            }
            throw new AssertionError("the child ended without finishing: " + said + " exit " + process.waitFor());
        }

        int leaseWaits() {
            return leaseWaits;
        }

        private String next() throws Exception {
            String line = out.readLine();
            if (line != null) {
                said.add(line);
                if (line.equals("lease held")) leaseWaits++;
            }
            return line;
        }
    }
}
