package io.mediadesk.sync.side;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.ingest.Cancellation;
import io.mediadesk.library.ingest.ImportOptions;
import io.mediadesk.library.ingest.ImportProgress;
import io.mediadesk.library.ingest.Importer;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.LeaseHeldException;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncSession;
import io.mediadesk.sync.sandbox.Family;
import io.mediadesk.sync.sandbox.Fault;
import io.mediadesk.sync.sandbox.FileSnapshot;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real planner, executor, library and REST client against a real stand-in of the service, with
 * the embedded catalog; {@link MongoSandboxSyncTest} runs every test again with the catalog on MongoDB.
 */
class SandboxSyncTest {
    @TempDir
    Path dir;

    Sandbox sandbox;
    Library library;
    ImageKitClient client;
    private LibraryLocalSide local;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        library = Library.open(dir.resolve("lib"), catalogUri());
        client = ImageKitClient.create(ClientConfig.defaults().withBases(sandbox.apiBase(), sandbox.uploadBase()),
                PrivateKey.of(sandbox.privateKey()));
        local = new LibraryLocalSide(library, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        local.close();
        library.close();
        sandbox.close();
    }

    /** Where the catalog lives: empty for the embedded SQLite one. */
    protected Optional<String> catalogUri() {
        return Optional.empty();
    }

    private SyncSession session(String owner) {
        return new SyncSession(local, new ClientRemoteSide(client, library.folder().resolve("sync-tmp")),
                library.catalog().syncLedger(), Dispatcher.parallel(2), Clock.systemUTC(), owner, Duration.ofMinutes(2));
    }

    private SyncOutcome sync() {
        SyncOutcome o = session("test").run(PlanOptions.DEFAULTS, Progress.NONE);
        assertTrue(o.report().failures().isEmpty(), () -> "failures: " + o.report().failures() + "\n" + o.plan().print());
        return o;
    }

    @Test
    void importedImagesGoUpThenEditsOnBothSidesMeetAndSettle() throws Exception {
        importCorpus("afl_not_kitty.jpg", "afl_not_kitty.webp", "afl_not_kitty_alpha.png");
        SyncOutcome first = sync();
        assertEquals(3, first.report().applied(), first.plan().print());
        assertEquals(3, sandbox.files().size());

        Asset jpg = byName("afl_not_kitty.jpg");
        Asset webp = byName("afl_not_kitty.webp");
        library.assets().addTags(List.of(jpg.id()), List.of(Tag.of("local")));
        library.assets().move(webp.id(), FolderPath.parse("/moved/"), webp.name());
        String pngId = sandbox.file("/afl_not_kitty_alpha.png").orElseThrow().fileId();
        client.files().addTags(List.of(pngId), List.of("remote"));
        client.uploads().upload(UploadRequest.of(corpus("afl_not_kitty.gif")).folder("/up/").useUniqueFileName(false));

        SyncOutcome second = sync();
        String plan = second.plan().print();
        assertTrue(plan.contains("update    remote  /afl_not_kitty.jpg  tags +local"), plan);
        assertTrue(plan.contains("move      remote  /afl_not_kitty.webp  -> /moved/afl_not_kitty.webp"), plan);
        assertTrue(plan.contains("update    local   /afl_not_kitty_alpha.png  tags +remote"), plan);
        assertTrue(plan.contains("download  local   /up/afl_not_kitty.gif  new on the service"), plan);

        SyncOutcome third = sync();
        assertTrue(third.plan().items().isEmpty(), third.plan().print(true));
        assertEquals(4, live().size());
        FileSnapshot up = sandbox.file("/moved/afl_not_kitty.webp").orElseThrow();
        assertEquals(webp.size(), up.size());
        assertEquals(List.of("local"), sandbox.file("/afl_not_kitty.jpg").orElseThrow().tags());
        assertTrue(byName("afl_not_kitty_alpha.png").tags().contains(Tag.of("remote")));
        Asset gif = byName("afl_not_kitty.gif");
        assertEquals(Files.size(corpus("afl_not_kitty.gif")), gif.size());
        assertEquals(4, library.catalog().syncLedger().base().size());
    }

    @Test
    void contentEditedOnBothSidesKeepsBoth() throws Exception {
        importCorpus("afl_not_kitty.jpg");
        sync();
        Asset jpg = byName("afl_not_kitty.jpg");
        // The service gets other bytes at the same path (a new version); the library gets other bytes too.
        client.uploads().upload(UploadRequest.of(corpus("afl_not_kitty_gamma.png"), "afl_not_kitty.jpg").useUniqueFileName(false));
        try (var intake = new io.mediadesk.library.ingest.ContentIntake(library.originals())) {
            Path webp = corpus("afl_not_kitty.webp");
            library.assets().replaceContent(jpg.id(), intake.take(webp, sha256(webp), jpg.id(), jpg.folder(), jpg.name(), Instant.now()));
        }

        SyncOutcome o = sync();
        assertEquals(1, o.plan().conflicts(), o.plan().print());
        sync();
        assertTrue(session("check").preview(PlanOptions.DEFAULTS).items().isEmpty());
        assertEquals(2, live().size());
        assertTrue(sandbox.file("/afl_not_kitty_conflict-1.jpg").isPresent(), String.valueOf(sandbox.files()));
        assertEquals(3, sandbox.file("/afl_not_kitty.jpg").orElseThrow().versions());
    }

    @Test
    void aNewVersionOnTheServiceReplacesTheLibrarysContentAndKeepsTheOldAsAVersion() throws Exception {
        importCorpus("afl_not_kitty.jpg");
        sync();
        Asset jpg = byName("afl_not_kitty.jpg");
        Path gamma = corpus("afl_not_kitty_gamma.png");
        client.uploads().upload(UploadRequest.of(gamma, "afl_not_kitty.jpg").useUniqueFileName(false));

        sync();
        Asset now = byName("afl_not_kitty.jpg");
        assertEquals(jpg.id(), now.id());
        assertEquals(sha256(gamma), now.contentHash());
        var versions = library.assets().versions(jpg.id());
        assertEquals(List.of(2, 1), versions.stream().map(io.mediadesk.library.asset.AssetVersion::number).toList());
        assertEquals(List.of(sha256(gamma), sha256(corpus("afl_not_kitty.jpg"))),
                versions.stream().map(io.mediadesk.library.asset.AssetVersion::contentHash).toList());
        String old = jpg.contentHash();
        assertTrue(Files.isRegularFile(library.folder().resolve("originals").resolve(old.substring(0, 2)).resolve(old.substring(2, 4))
                .resolve(old + ".jpg")), "the old version's original is kept");
    }

    @Test
    void aPrivateFileIsDownloadedThroughASignedUrlAndStaysPrivateWhenTheLibraryEditsIt() throws Exception {
        Path gif = corpus("afl_not_kitty.gif");
        client.uploads().upload(UploadRequest.of(gif).folder("/secret/").useUniqueFileName(false).privateFile(true));
        sync();
        Asset a = byName("afl_not_kitty.gif");
        assertEquals(sha256(gif), a.contentHash());
        assertTrue(sandbox.requests().stream().filter(r -> r.path().startsWith("/ik/")).allMatch(r -> r.status() == 200),
                "the download was signed at once: " + sandbox.requests());

        Path png = corpus("afl_not_kitty_alpha.png");
        try (var intake = new io.mediadesk.library.ingest.ContentIntake(library.originals())) {
            library.assets().replaceContent(a.id(), intake.take(png, sha256(png), a.id(), a.folder(), a.name(), Instant.now()));
        }
        sync();
        FileSnapshot f = sandbox.file("/secret/afl_not_kitty.gif").orElseThrow();
        assertEquals(2, f.versions());
        assertEquals(Files.size(png), f.size());
        assertTrue(f.isPrivateFile(), "the library's new version keeps the file private");
        assertTrue(session("check").preview(PlanOptions.DEFAULTS).items().isEmpty());
    }

    /**
     * A local replace (as {@code mediadesk replace} makes it: {@link io.mediadesk.library.ingest.ContentIntake#take} hashing the
     * file, then {@code replaceContent}) and a local restore of an old version each reach the
     * service as a new version with exactly those bytes; the sync learns of both from the content
     * hash alone, nothing else marks the asset.
     */
    @Test
    void aLocalReplaceAndALocalRestoreAreUploadedAsNewVersions() throws Exception {
        importCorpus("afl_not_kitty.jpg");
        sync();
        Asset jpg = byName("afl_not_kitty.jpg");
        String remoteId = sandbox.file("/afl_not_kitty.jpg").orElseThrow().fileId();
        Path png = corpus("afl_not_kitty_alpha.png");
        try (var intake = new io.mediadesk.library.ingest.ContentIntake(library.originals())) {
            library.assets().replaceContent(jpg.id(), intake.take(png, jpg.id(), jpg.folder(), jpg.name(), Instant.now()));
        }

        SyncOutcome replaced = sync();
        assertEquals(1, replaced.report().applied(), replaced.plan().print());
        assertTrue(replaced.plan().print().contains("/afl_not_kitty.jpg"), replaced.plan().print());
        FileSnapshot two = sandbox.file("/afl_not_kitty.jpg").orElseThrow();
        assertEquals(remoteId, two.fileId(), "the same file, a new version");
        assertEquals(2, two.versions());
        assertEquals(sha256(png), sha256(client.files().content(client.files().details(remoteId))));

        library.assets().restoreVersion(jpg.id(), 1);
        SyncOutcome restored = sync();
        assertEquals(1, restored.report().applied(), restored.plan().print());
        FileSnapshot three = sandbox.file("/afl_not_kitty.jpg").orElseThrow();
        assertEquals(3, three.versions());
        assertEquals(sha256(corpus("afl_not_kitty.jpg")), sha256(client.files().content(client.files().details(remoteId))));
        assertTrue(session("check").preview(PlanOptions.DEFAULTS).items().isEmpty());
        assertEquals(1, live().size());
    }

    @Test
    void aSecondSyncWaitsForTheLeaseOfTheFirst() {
        assertTrue(library.catalog().syncLedger().acquireLease("other", Instant.now(), Duration.ofMinutes(2)));
        assertThrows(LeaseHeldException.class, () -> session("test").run(PlanOptions.DEFAULTS, Progress.NONE));
        assertTrue(library.catalog().syncLedger().acquireLease("test", Instant.now().plus(Duration.ofMinutes(3)), Duration.ofMinutes(2)),
                "an expired lease is taken over");
    }

    @Test
    void theLeaseStaysHeldThroughAStepLongerThanTheLeaseAndIsFreeAfterTheRun() throws Exception {
        importCorpus("afl_not_kitty.jpg");
        Duration ttl = Duration.ofMillis(600);
        sandbox.faults().always(Family.UPLOAD, new Fault.Delay(Duration.ofMillis(2500))); // one step, four leases long
        SyncSession session = new SyncSession(local, new ClientRemoteSide(client, library.folder().resolve("sync-tmp")),
                library.catalog().syncLedger(), Dispatcher.parallel(2), Clock.systemUTC(), "slow", ttl);
        java.util.concurrent.CompletableFuture<SyncOutcome> run = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> session.run(PlanOptions.DEFAULTS, Progress.NONE));
        List<Boolean> taken = new ArrayList<>();
        for (int probe = 0; probe < 4; probe++) {
            Thread.sleep(400);
            if (run.isDone()) break;
            taken.add(library.catalog().syncLedger().acquireLease("other-" + probe, Instant.now(), ttl));
        }
        SyncOutcome o = run.get(60, java.util.concurrent.TimeUnit.SECONDS);
        sandbox.faults().clear();
        assertTrue(o.report().failures().isEmpty(), () -> "failures: " + o.report().failures());
        assertEquals(1, sandbox.files().size());
        assertTrue(taken.size() >= 2, "the run outlived several probes: " + taken);
        assertFalse(taken.contains(true), "no other owner took the lease while the run lived: " + taken);
        assertTrue(library.catalog().syncLedger().acquireLease("after", Instant.now(), ttl), "released when the run ended");
    }

    void importCorpus(String... names) throws Exception {
        try (Importer importer = new Importer(library, Clock.systemUTC())) {
            List<Path> files = java.util.Arrays.stream(names).map(SandboxSyncTest::corpus).toList();
            importer.run(files, ImportOptions.DEFAULT.withThumbnails(false), new ImportProgress() { }, new Cancellation());
        }
        assertEquals(names.length, live().size());
    }

    List<Asset> live() {
        return library.assets().search(AssetQuery.of(new Query.All())).items();
    }

    private Asset byName(String name) {
        return live().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not in " + live()));
    }

    private static String sha256(Path file) throws Exception {
        return sha256(Files.readAllBytes(file));
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static Path corpus(String name) {
        String shared = System.getProperty("mediadesk.shared");
        Path root = shared != null ? Path.of(shared, "corpus") : Path.of("..", "..", "shared", "corpus");
        Path file = root.resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared corpus file not found: " + file.toAbsolutePath());
        return file;
    }
}
