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
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.credential.PrivateKey;
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
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
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
 * {@code destroyForcibly} after a seeded number of steps, three times, then runs without faults;
 * twice: the first sync (uploads and downloads, a third of the service's files private), then
 * edits on both sides (new content, tags and moves in the library; new versions and tags on the
 * service). After each: every file on both sides with the content, version count, tags,
 * coordinates and privacy it should have; every original holds the bytes its hash names and the
 * service serves the bytes it should (nothing partial under a final name); nothing uploaded twice,
 * as a file or as a version; convergence within 3 fault-free runs; and each killed run's lease
 * held the next one off only until it lapsed. The seed is printed; {@code -Dseed=N} replays one.
 * One seed runs again with the catalog on MongoDB.
 */
class SyncKillTest {
    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final int REMOTE = 14;
    private static final int LOCAL = 14;

    @TempDir
    Path dir;

    /** What one file should be on both sides once synced. */
    private record Expect(String hash, int versions, TreeSet<String> tags, Optional<String> coordinates, boolean privateFile) {
        Expect withTag(String tag) {
            TreeSet<String> more = new TreeSet<>(tags);
            more.add(tag);
            return new Expect(hash, versions, more, coordinates, privateFile);
        }

        Expect withContent(String newHash) {
            return new Expect(newHash, versions + 1, tags, coordinates, privateFile);
        }
    }

    /** Two seeds in every build; {@code -Dseed=N} replays one, {@code -Dkill.seeds=N} runs seeds 1..N (about 20 s each). */
    static Stream<Long> seeds() {
        if (Long.getLong("seed") != null) return Stream.of(Long.getLong("seed"));
        if (Integer.getInteger("kill.seeds") != null) return java.util.stream.LongStream.rangeClosed(1, Integer.getInteger("kill.seeds")).boxed();
        return Stream.of(11L, 29L);
    }

    /** The catalog the library and every child use: empty for the embedded one. */
    private Optional<String> catalogUri = Optional.empty();

    static Stream<Long> mongoSeeds() {
        return seeds().limit(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void killedSyncsResumeLoseNothingAndConverge(long seed) throws Exception {
        killAndCheck(seed);
    }

    /**
     * The same with the catalog on MongoDB (mongo-java-server in this JVM, which outlives the killed
     * children): the base, journal and lease a killed run left in the team catalog must let the next
     * run resume as the embedded catalog's do. One seed per build (the first of {@link #seeds}).
     */
    @ParameterizedTest(name = "seed {0}, MongoDB catalog")
    @MethodSource("mongoSeeds")
    void killedSyncsOnAMongoCatalogResumeLoseNothingAndConverge(long seed) throws Exception {
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        server.bind("127.0.0.1", 0);
        try {
            catalogUri = Optional.of("mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/team");
            killAndCheck(seed);
        } finally {
            server.shutdownNow();
        }
    }

    private void killAndCheck(long seed) throws Exception {
        System.out.println("SyncKillTest seed " + seed + (catalogUri.isPresent() ? " on MongoDB" : "") + " (replay with -Dseed=" + seed + ")");
        Random random = new Random(seed);
        Path folder = dir.resolve("lib");
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withSeed(seed))) {
            // one in three private: their downloads need signed URLs, their new versions must stay private
            List<SeedFile> remoteFiles = SeedFiles.generate(REMOTE, seed).map(f -> new SeedFile(f.folder(), f.name(), f.versions(), f.tags(),
                    f.customCoordinates(), Math.floorMod(f.name().hashCode(), 3) == 0)).toList();
            sandbox.seed(remoteFiles.stream());
            Map<String, Expect> expected = new TreeMap<>();
            for (SeedFile f : remoteFiles) {
                expected.put(f.folder() + f.name(), new Expect(sha256(f.versions().get(f.versions().size() - 1)), f.versions().size(),
                        new TreeSet<>(f.tags()), f.customCoordinates(), f.privateFile()));
            }
            expected.putAll(importLocal(folder));
            List<String> story = new ArrayList<>();

            killThenRunClean(seed, random, folder, sandbox, story, "first sync");
            check(seed, folder, sandbox, expected);

            edit(random, folder, sandbox, expected, story);
            killThenRunClean(seed, random, folder, sandbox, story, "after edits");
            check(seed, folder, sandbox, expected);
        }
    }

    private void killThenRunClean(long seed, Random random, Path folder, Sandbox sandbox, List<String> story, String phase) throws Exception {
        // transfers take a little while, so kills land during them as well as between them
        sandbox.faults().always(Family.UPLOAD, new Fault.Delay(Duration.ofMillis(30)));
        sandbox.faults().always(Family.DELIVERY, new Fault.Delay(Duration.ofMillis(30)));
        story.add(phase);
        for (int kill = 1; kill <= 3; kill++) {
            Child child = Child.start(folder, sandbox, catalogUri);
            int items = child.items();
            int after = 1 + random.nextInt(Math.max(1, items * 3 / 4));
            int killedAt = child.killAfterSteps(after);
            Instant killed = Instant.now();
            story.add("run " + kill + ": " + items + " items, " + (killedAt < 0 ? "finished before step " + after
                    : "killed after step " + killedAt) + (child.leaseWaits() > 0 ? ", waited on the lease " + child.leaseWaits() + "x" : ""));
            if (killedAt >= 0) {
                try (Library library = Library.open(folder, catalogUri)) {
                    // asked as of the kill: the lease the dead run held then must not be free
                    assertThat(library.catalog().syncLedger().acquireLease("probe", killed, Duration.ofMillis(1)))
                            .as("the killed run's lease was still held when it died (seed %d)", seed).isFalse();
                }
            }
        }
        sandbox.faults().clear();
        int runs = 0;
        int items;
        do {
            Child child = Child.start(folder, sandbox, catalogUri);
            items = child.items();
            child.finish();
            story.add("clean run: " + items + " items" + (child.leaseWaits() > 0 ? ", waited on the lease " + child.leaseWaits() + "x" : ""));
            assertThat(child.leaseWaits() * 200L).as("a stale lease lapses (seed %d)", seed).isLessThan(LEASE.toMillis() + 3000);
            runs++;
        } while (items > 0 && runs <= 3);
        assertThat(items).as("converged within 3 fault-free runs (seed %d): %s", seed, story).isZero();
        System.out.println("seed " + seed + ": " + String.join("; ", story));
    }

    /** Seeded edits on both sides, each on its own file; {@code expected} follows them. */
    private void edit(Random random, Path folder, Sandbox sandbox, Map<String, Expect> expected, List<String> story) throws Exception {
        List<String> paths = new ArrayList<>(expected.keySet());
        Collections.shuffle(paths, random);
        int next = 0;
        Path in = Files.createDirectories(dir.resolve("edits"));
        try (Library library = Library.open(folder, catalogUri); ContentIntake intake = new ContentIntake(library.originals())) {
            Map<String, Asset> byPath = new TreeMap<>();
            library.assets().forEachAsset(a -> byPath.put(a.filePath(), a));
            // the library: new content (a private file among them when there is one), a tag, a move
            List<String> contentEdits = new ArrayList<>(paths.stream().filter(p -> expected.get(p).privateFile()).limit(1).toList());
            for (String p : paths) {
                if (contentEdits.size() < 3 && !contentEdits.contains(p)) contentEdits.add(p);
            }
            paths.removeAll(contentEdits);
            for (int i = 0; i < contentEdits.size(); i++) {
                String p = contentEdits.get(i);
                Asset a = byPath.get(p);
                byte[] png = SeedFiles.png(20_000 + i);
                Path file = Files.write(in.resolve("local-" + i + ".png"), png);
                library.assets().replaceContent(a.id(), intake.take(file, sha256(png), a.id(), a.folder(), a.name(), Instant.now()));
                expected.put(p, expected.get(p).withContent(sha256(png)));
            }
            for (int i = 0; i < 2; i++) {
                String p = paths.get(next++);
                library.assets().addTags(List.of(byPath.get(p).id()), List.of(Tag.of("edited-l")));
                expected.put(p, expected.get(p).withTag("edited-l"));
            }
            for (int i = 0; i < 2; i++) {
                String p = paths.get(next++);
                Asset a = byPath.get(p);
                library.assets().move(a.id(), FolderPath.parse("/moved/"), a.name());
                expected.put("/moved/" + a.name(), expected.remove(p));
            }
            story.add("library: new content for " + contentEdits + ", tags and moves");
        }
        // the service: a new version (public, without tags or coordinates, as a plain upload makes it), a tag
        ImageKitClient client = ImageKitClient.create(ClientConfig.defaults().withBases(sandbox.apiBase(), sandbox.uploadBase()),
                PrivateKey.of(sandbox.privateKey()));
        for (int i = 0; i < 2; i++) {
            String p = paths.get(next++);
            byte[] png = SeedFiles.png(30_000 + i);
            Path file = Files.write(in.resolve("remote-" + i + ".png"), png);
            int slash = p.lastIndexOf('/');
            client.uploads().upload(UploadRequest.of(file, p.substring(slash + 1)).folder(p.substring(0, slash + 1)).useUniqueFileName(false));
            Expect was = expected.get(p);
            expected.put(p, new Expect(sha256(png), was.versions() + 1, new TreeSet<>(), Optional.empty(), false));
        }
        for (int i = 0; i < 2; i++) {
            String p = paths.get(next++);
            client.files().addTags(List.of(sandbox.file(p).orElseThrow().fileId()), List.of("edited-r"));
            expected.put(p, expected.get(p).withTag("edited-r"));
        }
    }

    private void check(long seed, Path folder, Sandbox sandbox, Map<String, Expect> expected) throws Exception {
        Map<String, FileSnapshot> remote = sandbox.files().stream().collect(Collectors.toMap(FileSnapshot::filePath, f -> f));
        assertThat(remote.keySet()).as("every file once at the service, no duplicate (seed %d)", seed)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        ImageKitClient client = ImageKitClient.create(ClientConfig.defaults().withBases(sandbox.apiBase(), sandbox.uploadBase()),
                PrivateKey.of(sandbox.privateKey()));
        expected.forEach((path, e) -> {
            FileSnapshot f = remote.get(path);
            assertThat(f.versions()).as("versions of %s: none lost, none uploaded twice (seed %d)", path, seed).isEqualTo(e.versions());
            assertThat(new TreeSet<>(f.tags())).as("tags of %s at the service", path).isEqualTo(e.tags());
            assertThat(f.isPrivateFile()).as("privacy of %s", path).isEqualTo(e.privateFile());
            try {
                assertThat(sha256(client.files().content(client.files().details(f.fileId())))).as("content of %s at the service", path)
                        .isEqualTo(e.hash());
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });

        try (Library library = Library.open(folder, catalogUri); ContentIntake intake = new ContentIntake(library.originals())) {
            List<Asset> assets = new ArrayList<>();
            library.assets().forEachAsset(assets::add);
            Map<String, Asset> byPath = assets.stream().collect(Collectors.toMap(Asset::filePath, a -> a));
            assertThat(byPath.keySet()).as("every file once in the library (seed %d)", seed).containsExactlyInAnyOrderElementsOf(expected.keySet());
            assertThat(assets).noneMatch(Asset::trashed);
            for (Asset a : assets) {
                Expect e = expected.get(a.filePath());
                assertThat(a.contentHash()).as("content of %s in the library (seed %d)", a.filePath(), seed).isEqualTo(e.hash());
                TreeSet<String> tags = a.tags().stream().map(Tag::value).collect(Collectors.toCollection(TreeSet::new));
                assertThat(tags).as("tags of %s", a.filePath()).isEqualTo(e.tags());
                assertThat(a.customCoordinates()).as("coordinates of %s", a.filePath()).isEqualTo(e.coordinates());
                Path original = intake.original(a);
                assertThat(sha256(Files.readAllBytes(original))).as("the original of %s holds its bytes (seed %d)", a.filePath(), seed)
                        .isEqualTo(a.contentHash());
            }
        }
    }

    /** Imports {@link #LOCAL} distinct PNGs into {@code /mine/}, tags every other one; returns what each should stay. */
    private Map<String, Expect> importLocal(Path folder) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        Map<String, Expect> expected = new TreeMap<>();
        for (int i = 0; i < LOCAL; i++) {
            byte[] png = SeedFiles.png(10_000 + i);
            files.add(Files.write(in.resolve(String.format("local-%02d.png", i)), png));
            TreeSet<String> tags = i % 2 == 0 ? new TreeSet<>(List.of("mine-" + i)) : new TreeSet<>();
            expected.put(String.format("/mine/local-%02d.png", i), new Expect(sha256(png), 1, tags, Optional.empty(), false));
        }
        try (Library library = Library.open(folder, catalogUri);
                Importer importer = new Importer(library, Clock.systemUTC())) {
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
        return expected;
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

        static Child start(Path folder, Sandbox sandbox, Optional<String> catalogUri) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), SyncChild.class.getName(), folder.toString(), sandbox.apiBase(),
                    Long.toString(LEASE.toMillis()), "child-" + System.nanoTime()));
            catalogUri.ifPresent(command::add);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
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
            if (line != null && Boolean.getBoolean("kill.verbose")) System.out.println("  child: " + line);
            if (line != null) {
                said.add(line);
                if (line.equals("lease held")) leaseWaits++;
            }
            return line;
        }
    }
}
