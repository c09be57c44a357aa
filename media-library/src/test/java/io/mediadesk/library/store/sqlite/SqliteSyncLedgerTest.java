package io.mediadesk.library.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.library.store.SyncLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSyncLedgerTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theBaseSurvivesAReopenAndOneRowPairsOneFile() {
        BaseRecord a = new BaseRecord("a1", "r1", "/a.jpg", "h1", "v1", 10, Optional.of(T), List.of("x", "y"), "{\"k\":\"1\"}",
                Optional.of("1,2,3,4"));
        try (SqliteCatalog c = SqliteCatalog.open(dir.resolve("c.db"))) {
            assertEquals(6, c.schemaVersion());
            c.syncLedger().putBase(a);
            c.syncLedger().putBase(new BaseRecord("a2", "r1", "/b.jpg", "h2", "v2", 5, Optional.empty(), List.of(), "{}", Optional.empty()));
            c.syncLedger().putVersionHash("r1", "v1", "h1");
        }
        try (SqliteCatalog c = SqliteCatalog.open(dir.resolve("c.db"))) {
            List<BaseRecord> base = c.syncLedger().base();
            assertEquals(1, base.size(), "a remote file pairs with one asset at a time");
            assertEquals("a2", base.get(0).localId());
            assertEquals(Map.of("r1/v1", "h1"), c.syncLedger().versionHashes());
            c.syncLedger().putBase(a);
            assertEquals(List.of(a), c.syncLedger().base());
            c.syncLedger().forgetBase("a1");
            assertTrue(c.syncLedger().base().isEmpty());
        }
    }

    @Test
    void unfinishedStepsStayUntilSettledAndOldRunsAreDropped() {
        try (SqliteCatalog c = SqliteCatalog.open(dir.resolve("c.db"))) {
            SyncLedger l = c.syncLedger();
            long done = l.begin(JournalRecord.begin("run1", "upload", "a1", null, "/a.jpg", "h1", 10, T));
            long open = l.begin(JournalRecord.begin("run1", "upload", "a2", "r2", "/b.jpg", "h2", 20, T));
            long unknown = l.begin(JournalRecord.begin("run1", "join", "a3", "r3", "/c.jpg", "h3", 30, T));
            l.finish(done, "done", "");
            l.finish(unknown, "unknown", "lost answer");
            assertEquals(List.of(open, unknown), l.unsettled().stream().map(JournalRecord::seq).toList());
            assertEquals("r2", l.unsettled().get(0).remoteId());
            l.settle("recovered", "run2");
            assertTrue(l.unsettled().isEmpty());
        }
    }

    @Test
    void aLeaseKeepsOthersOutUntilItExpires() {
        try (SqliteCatalog c = SqliteCatalog.open(dir.resolve("c.db"))) {
            SyncLedger l = c.syncLedger();
            Duration ttl = Duration.ofSeconds(60);
            assertTrue(l.acquireLease("one", T, ttl));
            assertFalse(l.acquireLease("two", T.plusSeconds(59), ttl));
            assertTrue(l.acquireLease("one", T.plusSeconds(30), ttl), "the holder renews");
            assertFalse(l.acquireLease("two", T.plusSeconds(89), ttl));
            assertTrue(l.acquireLease("two", T.plusSeconds(90), ttl), "a lapsed lease is taken over");
            l.releaseLease("one");
            assertFalse(l.acquireLease("one", T.plusSeconds(91), ttl), "releasing someone else's lease does nothing");
            l.releaseLease("two");
            assertTrue(l.acquireLease("one", T.plusSeconds(92), ttl));
        }
    }
}
