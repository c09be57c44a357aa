package io.mediadesk.library.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SyncLedger}: the base (one row per remote file), version hashes, the
 * journal (sequence numbers, open steps oldest first, settle), and the lease (contention between
 * owners on two connections, renewal, expiry, release). Every adapter runs it by subclassing; the
 * expected values are written out by hand here, never read back from an adapter.
 */
public abstract class SyncLedgerContract {
    protected static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    protected Catalog catalog;
    protected SyncLedger ledger;
    private final List<Catalog> others = new ArrayList<>();

    /** Opens the store under test: each call a new connection to the same store within a test. */
    protected abstract Catalog open(Actor actor, Clock clock);

    @BeforeEach
    void openCatalog() {
        catalog = open(new Actor("alice"), Clock.systemUTC());
        ledger = catalog.syncLedger();
    }

    @AfterEach
    void close() {
        others.forEach(Catalog::close);
        catalog.close();
    }

    /** Another connection to the same store (another team member's machine), closed after the test. */
    protected SyncLedger another() {
        Catalog c = open(new Actor("bob"), Clock.systemUTC());
        others.add(c);
        return c.syncLedger();
    }

    private static BaseRecord row(String local, String remote, String path) {
        return new BaseRecord(local, remote, path, "h-" + local, "v-" + remote, 7, Optional.empty(), List.of(), "{}", Optional.empty());
    }

    @Test
    void aBaseRowComesBackAsWrittenAndSurvivesAReconnect() {
        BaseRecord full = new BaseRecord("a1", "r1", "/a.jpg", "h1", "v1", 10_000_000_000L, Optional.of(T.plusMillis(123)),
                List.of("x", "y z"), "{\"k\":\"1\"}", Optional.of("1,2,3,4"));
        BaseRecord bare = new BaseRecord("a2", "r2", "/b/c.png", "h2", "", 0, Optional.empty(), List.of(), "{}", Optional.empty());
        ledger.putBase(full);
        ledger.putBase(bare);
        assertThat(another().base()).containsExactlyInAnyOrder(full, bare);
        catalog.close();
        catalog = open(new Actor("alice"), Clock.systemUTC());
        ledger = catalog.syncLedger();
        assertThat(ledger.base()).containsExactlyInAnyOrder(full, bare);
    }

    @Test
    void aRemoteFilePairsWithOneLocalItemAndPuttingAgainReplaces() {
        ledger.putBase(row("a1", "r1", "/a.jpg"));
        ledger.putBase(row("a2", "r2", "/b.jpg"));
        ledger.putBase(row("a3", "r1", "/c.jpg"));
        assertThat(ledger.base()).extracting(BaseRecord::localId).containsExactlyInAnyOrder("a2", "a3");
        BaseRecord moved = new BaseRecord("a2", "r2", "/moved/b.jpg", "h9", "v9", 9, Optional.of(T), List.of("t"), "{}", Optional.empty());
        ledger.putBase(moved);
        assertThat(ledger.base()).containsExactlyInAnyOrder(row("a3", "r1", "/c.jpg"), moved);
        // A local item re-paired with another remote file keeps one row, the new pairing.
        ledger.putBase(row("a3", "r7", "/c.jpg"));
        assertThat(ledger.base()).containsExactlyInAnyOrder(row("a3", "r7", "/c.jpg"), moved);
        ledger.forgetBase("a2");
        ledger.forgetBase("nobody");
        assertThat(ledger.base()).containsExactly(row("a3", "r7", "/c.jpg"));
    }

    @Test
    void settingsRowsLiveBesideAssetRows() {
        // What sync.settings.SettingsLedger writes: preset:NAME / preset:ID, the transformation as its hash.
        BaseRecord preset = new BaseRecord("preset:thumb", "preset:abc", "thumb", "w-150,h-150", "", 0, Optional.empty(), List.of(),
                "{}", Optional.empty());
        BaseRecord field = new BaseRecord("field:colour", "field:f1", "colour", "Text", "{\"maxLength\":10}", 0, Optional.empty(),
                List.of(), "{}", Optional.empty());
        ledger.putBase(row("a1", "r1", "/a.jpg"));
        ledger.putBase(preset);
        ledger.putBase(field);
        assertThat(another().base()).containsExactlyInAnyOrder(row("a1", "r1", "/a.jpg"), preset, field);
        ledger.forgetBase("preset:thumb");
        assertThat(ledger.base()).containsExactlyInAnyOrder(row("a1", "r1", "/a.jpg"), field);
    }

    @Test
    void versionHashesAreKeyedByRemoteIdAndVersionAndTheLastWriteWins() {
        assertThat(ledger.versionHashes()).isEmpty();
        ledger.putVersionHash("r1", "v1", "h1");
        ledger.putVersionHash("r1", "v2", "h2");
        ledger.putVersionHash("r2", "v1", "h3");
        another().putVersionHash("r1", "v2", "h2b");
        assertThat(ledger.versionHashes()).isEqualTo(Map.of("r1/v1", "h1", "r1/v2", "h2b", "r2/v1", "h3"));
    }

    @Test
    void journalStepsAreNumberedInOrderAndOpenOnesComeBackOldestFirst() {
        long first = ledger.begin(JournalRecord.begin("run1", "upload", "a1", null, "/a.jpg", "h1", 10, T));
        long second = ledger.begin(JournalRecord.begin("run1", "join", "a2", "r2", "/b.jpg", "h2", 20, T.plusMillis(5)));
        long third = another().begin(JournalRecord.begin("run1", "download", null, "r3", "/c.jpg", null, 30, T.plusSeconds(1)));
        long fourth = ledger.begin(JournalRecord.begin("run1", "delete", "a4", "r4", "/d.jpg", "h4", 0, T.plusSeconds(2)));
        assertThat(List.of(first, second, third, fourth)).isSorted().doesNotHaveDuplicates();
        assertThat(first).isPositive();

        ledger.finish(first, "done", "");
        ledger.finish(third, "unknown", "the answer was lost");
        ledger.finish(fourth, "failed", "HTTP 500");
        assertThat(ledger.unsettled()).containsExactly(
                new JournalRecord(second, "run1", "join", "a2", "r2", "/b.jpg", "h2", 20, "begun", T.plusMillis(5)),
                new JournalRecord(third, "run1", "download", null, "r3", "/c.jpg", null, 30, "unknown", T.plusSeconds(1)));
    }

    @Test
    void settlingClosesEveryOpenStepAndNumbersKeepGrowingAfterOldRunsAreDropped() {
        SyncLedger l = ledger;
        long done = l.begin(JournalRecord.begin("run1", "upload", "a1", null, "/a.jpg", "h1", 10, T));
        long open = l.begin(JournalRecord.begin("run1", "upload", "a2", "r2", "/b.jpg", "h2", 20, T));
        long unknown = l.begin(JournalRecord.begin("run1", "join", "a3", "r3", "/c.jpg", "h3", 30, T));
        l.finish(done, "done", "");
        l.finish(unknown, "unknown", "lost answer");
        assertThat(l.unsettled()).extracting(JournalRecord::seq).containsExactly(open, unknown);

        l.settle("recovered", "run2");
        assertThat(l.unsettled()).isEmpty();
        long next = l.begin(JournalRecord.begin("run2", "upload", "a5", null, "/e.jpg", "h5", 5, T.plusSeconds(9)));
        assertThat(next).as("a number is never given twice, even after its step was dropped").isGreaterThan(unknown);
        assertThat(l.unsettled()).extracting(JournalRecord::seq, JournalRecord::run).containsExactly(
                org.assertj.core.groups.Tuple.tuple(next, "run2"));
        // Settling again (a later run's recovery) closes the new open step too, as abandoned this time.
        l.settle("abandoned", "run3");
        assertThat(l.unsettled()).isEmpty();
    }

    @Test
    void theLeaseKeepsAnotherOwnerOnAnotherConnectionOutUntilItExpires() {
        SyncLedger bob = another();
        Duration ttl = Duration.ofSeconds(60);
        assertThat(ledger.acquireLease("one", T, ttl)).isTrue();
        assertThat(bob.acquireLease("two", T.plusSeconds(59), ttl)).isFalse();
        assertThat(ledger.acquireLease("one", T.plusSeconds(30), ttl)).as("the holder renews").isTrue();
        assertThat(bob.acquireLease("two", T.plusSeconds(89), ttl)).as("renewed until 90 s").isFalse();
        assertThat(bob.acquireLease("two", T.plusSeconds(90), ttl)).as("a lapsed lease is taken over").isTrue();
        assertThat(ledger.acquireLease("one", T.plusSeconds(91), ttl)).as("the old holder is out now").isFalse();
        ledger.releaseLease("one");
        assertThat(ledger.acquireLease("one", T.plusSeconds(92), ttl)).as("releasing someone else's lease does nothing").isFalse();
        bob.releaseLease("two");
        assertThat(ledger.acquireLease("one", T.plusSeconds(93), ttl)).as("a released lease is free at once").isTrue();
    }

    @Test
    void ownersRacingForTheLeaseOnTwoConnectionsYieldExactlyOneWinner() throws Exception {
        List<SyncLedger> connections = List.of(ledger, another());
        int owners = 8;
        ExecutorService pool = Executors.newFixedThreadPool(owners);
        try {
            for (int round = 0; round < 5; round++) {
                Instant now = T.plus(Duration.ofMinutes(10L * round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> tries = new ArrayList<>();
                for (int i = 0; i < owners; i++) {
                    SyncLedger l = connections.get(i % 2);
                    String owner = "owner-" + round + "-" + i;
                    Callable<Boolean> take = () -> {
                        start.await();
                        return l.acquireLease(owner, now, Duration.ofMinutes(5));
                    };
                    tries.add(pool.submit(take));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> f : tries) if (f.get(30, TimeUnit.SECONDS)) winners++;
                assertThat(winners).as("round %d: one owner holds the lease", round).isEqualTo(1);
                // each round starts after the last one's lease (5 min) lapsed
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stepsBegunAtOnceFromTwoConnectionsGetDistinctNumbersAndAllStayOpen() throws Exception {
        List<SyncLedger> connections = List.of(ledger, another());
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SyncLedger l = connections.get(t % 2);
                int thread = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(l.begin(JournalRecord.begin("run1", "upload", "a" + thread + "-" + i, null, "/x.jpg", "h", 1, T)));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : runs) all.addAll(f.get(60, TimeUnit.SECONDS));
            assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
            assertThat(ledger.unsettled()).hasSize(threads * each);
        } finally {
            pool.shutdownNow();
        }
    }
}
