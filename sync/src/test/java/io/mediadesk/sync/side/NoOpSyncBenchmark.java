package io.mediadesk.sync.side;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.plan.SyncPlanner;
import io.mediadesk.sync.run.Content;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.RemoteSide;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncSession;
import io.mediadesk.sync.sandbox.RequestRecord;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import io.mediadesk.sync.sandbox.SeedFile;
import io.mediadesk.sync.sandbox.SeedFiles;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.BaseEntry;
import io.mediadesk.sync.snapshot.BaseSnapshot;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-op sync and the large listing (docs/BENCHMARKS.md, "Sync engine" and "Sync: bulk purge"),
 * run by hand with {@code -Dbench=sync}:
 * <ul>
 * <li>a synced library of {@code -Dbench.assets=N} (default 100,000) assets in the real SQLite
 * catalog with its base, against an in-memory service whose listing says the same, with the time
 * of each phase;</li>
 * <li>the same against the stand-in seeded with the matching files, through the real client over
 * loopback, counting the requests it got by method;</li>
 * <li>listing {@code -Dbench.files=N} (default 100,000) seeded files through the real client in a
 * child JVM with {@code -Xmx}{@code -Dbench.listXmx} (default 48m), reading the stream and keeping
 * nothing.</li>
 * </ul>
 */
class NoOpSyncBenchmark {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aNoOpSyncOfALargeLibraryTakesSecondsAndWritesNothing() {
        assumeTrue("sync".equals(System.getProperty("bench")), "run with -Dbench=sync");
        int n = Integer.getInteger("bench.assets", 100_000);
        try (Library library = Library.open(dir.resolve("lib"), Optional.empty())) {
            long t0 = System.nanoTime();
            List<RemoteEntry> remote = seed(library, n);
            System.out.printf("seeded %d assets and base rows in %.1f s%n", n, seconds(t0));
            AtomicInteger writes = new AtomicInteger();
            LibraryLocalSide local = new LibraryLocalSide(library, Clock.systemUTC());
            SyncSession session = new SyncSession(local, listing(remote, writes), library.catalog().syncLedger(),
                    Dispatcher.parallel(4), Clock.systemUTC(), "bench", Duration.ofMinutes(2));
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                SyncOutcome o = session.run(PlanOptions.DEFAULTS, Progress.NONE);
                System.out.printf("no-op sync of %d assets, run %d: %.2f s, %d plan items, %d writes%n", n, run, seconds(start),
                        o.plan().items().size(), writes.get());
                assertTrue(o.plan().items().isEmpty(), o.plan().print());
                assertEquals(0, writes.get());
            }
            phases(library, local, remote);
        }
    }

    /** Where a no-op sync's time goes, each phase three times (the snapshot by offset pages is how it was read before). */
    private static void phases(Library library, LibraryLocalSide local, List<RemoteEntry> remote) {
        for (int run = 1; run <= 3; run++) {
            long t = System.nanoTime();
            int paged = offsetPages(library).size();
            double byOffset = seconds(t);
            t = System.nanoTime();
            LocalSnapshot l = local.snapshot();
            double byKey = seconds(t);
            t = System.nanoTime();
            List<BaseRecord> rows = library.catalog().syncLedger().base();
            double baseRows = seconds(t);
            BaseSnapshot base = BaseSnapshot.of(rows.stream().map(NoOpSyncBenchmark::entry).toList(), Map.of());
            RemoteSnapshot r = RemoteSnapshot.of(remote);
            t = System.nanoTime();
            int every = SyncPlanner.decidingEveryItem().plan(l, r, base, PlanOptions.DEFAULTS).items().size();
            double planEvery = seconds(t);
            t = System.nanoTime();
            int items = new SyncPlanner().plan(l, r, base, PlanOptions.DEFAULTS).items().size();
            double plan = seconds(t);
            System.out.printf("run %d: library snapshot by offset pages %.2f s (%d), by keyset forEachAsset %.2f s (%d); "
                    + "base rows %.2f s; plan deciding every item %.2f s (%d items), skipping unchanged ones %.2f s (%d items)%n",
                    run, byOffset, paged, byKey, l.files().size(), baseRows, planEvery, every, plan, items);
        }
    }

    /** The snapshot's read as it was before forEachAsset: 1,000-asset pages of search, by OFFSET. */
    private static List<Asset> offsetPages(Library library) {
        List<Asset> all = new ArrayList<>();
        for (AssetQuery.Scope scope : AssetQuery.Scope.values()) {
            AssetQuery q = AssetQuery.of(new Query.All()).in(scope);
            for (int skip = 0; ; skip += AssetQuery.MAX_PAGE) {
                Page<Asset> page = library.assets().search(q.page(skip, AssetQuery.MAX_PAGE));
                all.addAll(page.items());
                if (!page.more()) break;
            }
        }
        return all;
    }

    private static BaseEntry entry(BaseRecord r) {
        return new BaseEntry(r.localId(), r.remoteId(), r.path(), r.contentHash(), r.versionId(), r.size(), r.remoteUpdated().orElse(null),
                Attributes.of(r.tags(), Map.of(), r.coordinates()));
    }

    @Test
    void aNoOpSyncAgainstTheStandInWithAsManyFilesSendsNoWrites() throws Exception {
        assumeTrue("sync".equals(System.getProperty("bench")), "run with -Dbench=sync");
        int n = Integer.getInteger("bench.assets", 100_000);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults());
                Library library = Library.open(dir.resolve("lib"), Optional.empty())) {
            long t0 = System.nanoTime();
            List<SeedFile> files = SeedFiles.generate(n, 42).toList();
            sandbox.seed(files.stream());
            System.out.printf("seeded the stand-in with %d files in %.1f s%n", n, seconds(t0));
            ImageKitClient client = ImageKitClient.create(ClientConfig.defaults().withBases(sandbox.apiBase(), sandbox.uploadBase()),
                    PrivateKey.of(sandbox.privateKey()));
            ClientRemoteSide remote = new ClientRemoteSide(client, Files.createDirectories(dir.resolve("staging")));
            t0 = System.nanoTime();
            matchingLibrary(library, remote.snapshot().entries(), files);
            System.out.printf("built the matching library (assets and base) in %.1f s%n", seconds(t0));

            LibraryLocalSide local = new LibraryLocalSide(library, Clock.systemUTC());
            SyncSession session = new SyncSession(local, remote, library.catalog().syncLedger(), Dispatcher.parallel(4),
                    Clock.systemUTC(), "bench", Duration.ofMinutes(2));
            for (int run = 1; run <= 3; run++) {
                int before = sandbox.requests().size();
                long start = System.nanoTime();
                SyncOutcome o = session.run(PlanOptions.DEFAULTS, Progress.NONE);
                double took = seconds(start);
                List<RequestRecord> sent = sandbox.requests().subList(before, sandbox.requests().size());
                Map<String, Long> byMethod = new TreeMap<>(sent.stream().collect(Collectors.groupingBy(RequestRecord::method,
                        Collectors.counting())));
                System.out.printf("no-op sync of %d assets against the stand-in, run %d: %.2f s, %d plan items, requests by method %s%n",
                        n, run, took, o.plan().items().size(), byMethod);
                assertTrue(o.plan().items().isEmpty(), o.plan().print());
                assertEquals(Map.of("GET", (long) (n / 1000 + 1)), byMethod, "a listing's pages, nothing else");
            }
        }
    }

    /** Assets and base rows that agree with the listing: the library a finished sync leaves. */
    private static void matchingLibrary(Library library, java.util.Collection<RemoteEntry> remote, List<SeedFile> files) throws Exception {
        Map<String, String> hashByPath = new HashMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (SeedFile f : files) {
            hashByPath.put(f.folder() + f.name(), HexFormat.of().formatHex(sha.digest(f.versions().get(f.versions().size() - 1))));
        }
        SyncLedger ledger = library.catalog().syncLedger();
        List<Asset> batch = new ArrayList<>();
        int i = 0;
        for (RemoteEntry e : remote) {
            AssetId id = AssetId.of(String.format("%024x", ++i));
            String hash = hashByPath.get(e.path());
            int slash = e.path().lastIndexOf('/');
            TreeSet<Tag> tags = e.attributes().tags().stream().map(Tag::of).collect(Collectors.toCollection(TreeSet::new));
            batch.add(new Asset(id, FolderPath.parse(e.path().substring(0, slash + 1)), e.path().substring(slash + 1), hash, e.size(), 8, 8,
                    "png", false, 1, Optional.empty(), tags, new TreeMap<>(), e.attributes().coordinates(), EmbeddedMetadata.NONE, NOW, NOW,
                    false, Optional.of(e.id()), SyncState.IN_SYNC));
            ledger.putBase(new BaseRecord(id.value(), e.id(), e.path(), hash, e.version(), e.size(), Optional.ofNullable(e.updated()),
                    List.copyOf(e.attributes().tags()), "{}", e.attributes().coordinates()));
            if (batch.size() == 5000) {
                library.assets().addAll(batch);
                batch.clear();
            }
        }
        library.assets().addAll(batch);
    }

    @Test
    void listingTheStandInsFilesStreamsThemInABoundedHeap() throws Exception {
        assumeTrue("sync".equals(System.getProperty("bench")), "run with -Dbench=sync");
        int n = Integer.getInteger("bench.files", 100_000);
        String xmx = System.getProperty("bench.listXmx", "48m");
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
            long t0 = System.nanoTime();
            sandbox.seed(SeedFiles.generate(n, 7));
            System.out.printf("seeded the stand-in with %d files in %.1f s%n", n, seconds(t0));
            int before = sandbox.requests().size();
            Path log = dir.resolve("listing.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                    ListingChild.class.getName(), sandbox.apiBase(), "3").redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("MEDIADESK_PRIVATE_KEY", sandbox.privateKey());
            Process child = pb.start();
            assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the listing finishes");
            String said = Files.readString(log, StandardCharsets.UTF_8);
            System.out.print("child JVM (-Xmx" + xmx + "): " + said.strip().replace("\n", "\n  ") + "\n");
            assertEquals(0, child.exitValue(), said);
            assertEquals(3, said.lines().filter(l -> l.startsWith("listed " + n + " files")).count(), said);
            assertTrue(sandbox.requests().subList(before, sandbox.requests().size()).stream().allMatch(r -> r.method().equals("GET")));

            ClientRemoteSide remote = new ClientRemoteSide(ImageKitClient.create(ClientConfig.defaults()
                    .withBases(sandbox.apiBase(), sandbox.uploadBase()), PrivateKey.of(sandbox.privateKey())), dir);
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                RemoteSnapshot s = remote.snapshot();
                System.out.printf("the sync's remote snapshot (keeps every entry), in process, run %d: %d files in %.2f s%n", run,
                        s.entries().size(), seconds(start));
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static List<RemoteEntry> seed(Library library, int n) {
        SyncLedger ledger = library.catalog().syncLedger();
        List<RemoteEntry> remote = new ArrayList<>();
        List<Asset> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String hash = String.format("%064x", i + 1L);
            AssetId id = AssetId.of(String.format("%024x", i + 1L));
            FolderPath folder = FolderPath.parse("/g" + i % 20 + "/f" + i % 2000 + "/");
            TreeSet<Tag> tags = new TreeSet<>(List.of(Tag.of("tag-" + i % 200)));
            batch.add(new Asset(id, folder, "img" + i + ".jpg", hash, 1000 + i, 100, 100, "jpg", false, 1, Optional.empty(), tags,
                    new TreeMap<>(), Optional.empty(), EmbeddedMetadata.NONE, NOW, NOW, false, Optional.empty(), SyncState.IN_SYNC));
            Attributes attributes = Attributes.of(List.of("tag-" + i % 200), Map.of(), Optional.empty());
            String path = folder.value() + "img" + i + ".jpg";
            remote.add(new RemoteEntry("r" + i, path, "v" + i, 1000 + i, NOW, attributes));
            ledger.putBase(new BaseRecord(id.value(), "r" + i, path, hash, "v" + i, 1000 + i, Optional.of(NOW),
                    List.of("tag-" + i % 200), "{}", Optional.empty()));
            if (batch.size() == 5000) {
                library.assets().addAll(batch);
                batch.clear();
            }
        }
        library.assets().addAll(batch);
        return remote;
    }

    /** A service that lists {@code entries} and counts every write it is asked for. */
    private static RemoteSide listing(List<RemoteEntry> entries, AtomicInteger writes) {
        return new RemoteSide() {
            public RemoteSnapshot snapshot() { return RemoteSnapshot.of(entries); }
            public RemoteEntry upload(String p, Content c, Attributes a, boolean n) { writes.incrementAndGet(); return null; }
            public RemoteEntry move(String id, String from, String to) { writes.incrementAndGet(); return null; }
            public RemoteEntry update(String id, Attributes from, Attributes to) { writes.incrementAndGet(); return null; }
            public void delete(String id) { writes.incrementAndGet(); }
            public List<String> olderVersions(String id) { return List.of(); }
            public Content downloadVersion(String id, String v) { throw new AssertionError("no reads of content expected"); }
            public Content download(String id) { throw new AssertionError("no reads of content expected"); }
        };
    }
}
