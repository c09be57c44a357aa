package io.mediadesk.sync.side;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.SyncLedger;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.run.Content;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.RemoteSide;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncSession;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-op sync (docs/BENCHMARKS.md, "Sync engine"), run by hand with {@code -Dbench=sync}:
 * a synced library of {@code -Dbench.assets=N} (default 100,000) assets in the real SQLite catalog
 * with its base, against a service whose listing says the same; then the listing itself, timed
 * against the stand-in at {@code -Dbench.files=N} (default 1,000) files.
 */
class NoOpSyncBenchmark {
    @TempDir
    Path dir;

    @Test
    void aNoOpSyncOfALargeLibraryTakesSecondsAndWritesNothing() {
        assumeTrue("sync".equals(System.getProperty("bench")), "run with -Dbench=sync");
        int n = Integer.getInteger("bench.assets", 100_000);
        try (Library library = Library.open(dir.resolve("lib"), Optional.empty())) {
            long t0 = System.nanoTime();
            List<RemoteEntry> remote = seed(library, n);
            System.out.printf("seeded %d assets and base rows in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            AtomicInteger writes = new AtomicInteger();
            LibraryLocalSide local = new LibraryLocalSide(library.folder(), library.assets(), Clock.systemUTC());
            SyncSession session = new SyncSession(local, listing(remote, writes), library.catalog().syncLedger(),
                    Dispatcher.parallel(4), Clock.systemUTC(), "bench", Duration.ofMinutes(2));
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                SyncOutcome o = session.run(PlanOptions.DEFAULTS, Progress.NONE);
                System.out.printf("no-op sync of %d assets, run %d: %.2f s, %d plan items, %d writes%n", n, run,
                        (System.nanoTime() - start) / 1e9, o.plan().items().size(), writes.get());
                assertTrue(o.plan().items().isEmpty(), o.plan().print());
                assertEquals(0, writes.get());
            }
            long start = System.nanoTime();
            local.snapshot();
            System.out.printf("library snapshot alone: %.2f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    @Test
    void theStandInsListingAndANoOpSyncSendOnlyReads() throws Exception {
        assumeTrue("sync".equals(System.getProperty("bench")), "run with -Dbench=sync");
        int n = Integer.getInteger("bench.files", 1_000);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults())) {
            ImageKitClient client = ImageKitClient.create(ClientConfig.defaults().withBases(sandbox.apiBase(), sandbox.uploadBase()),
                    PrivateKey.of(sandbox.privateKey()));
            Path png = SandboxSyncTest.corpus("afl_not_kitty_alpha.png");
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) client.uploads().upload(UploadRequest.of(png, "f" + i + ".png").folder("/b" + i % 50 + "/"));
            System.out.printf("uploaded %d files to the stand-in in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            int before = sandbox.requests().size();
            ClientRemoteSide remote = new ClientRemoteSide(client, dir.resolve("tmp"));
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                RemoteSnapshot s = remote.snapshot();
                System.out.printf("listing of %d files, run %d: %.3f s%n", s.entries().size(), run, (System.nanoTime() - start) / 1e9);
            }
            assertTrue(sandbox.requests().subList(before, sandbox.requests().size()).stream().allMatch(r -> r.method().equals("GET")));
        }
    }

    private static List<RemoteEntry> seed(Library library, int n) {
        SyncLedger ledger = library.catalog().syncLedger();
        List<RemoteEntry> remote = new ArrayList<>();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<Asset> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String hash = String.format("%064x", i + 1L);
            AssetId id = AssetId.of(String.format("%024x", i + 1L));
            FolderPath folder = FolderPath.parse("/g" + i % 20 + "/f" + i % 2000 + "/");
            TreeSet<Tag> tags = new TreeSet<>(List.of(Tag.of("tag-" + i % 200)));
            batch.add(new Asset(id, folder, "img" + i + ".jpg", hash, 1000 + i, 100, 100, "jpg", false, 1, Optional.empty(), tags,
                    new TreeMap<>(), Optional.empty(), EmbeddedMetadata.NONE, now, now, false, Optional.empty(), SyncState.IN_SYNC));
            Attributes attributes = Attributes.of(List.of("tag-" + i % 200), Map.of(), Optional.empty());
            String path = folder.value() + "img" + i + ".jpg";
            remote.add(new RemoteEntry("r" + i, path, "v" + i, 1000 + i, now, attributes));
            ledger.putBase(new BaseRecord(id.value(), "r" + i, path, hash, "v" + i, 1000 + i, Optional.of(now),
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
