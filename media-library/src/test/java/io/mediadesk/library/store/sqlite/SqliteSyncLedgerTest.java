package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.Catalog;
import io.mediadesk.library.store.SyncLedgerContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The sync ledger contract on the embedded catalog; a second connection is a second open of the same file. */
class SqliteSyncLedgerTest extends SyncLedgerContract {
    @TempDir
    Path dir;

    @Override
    protected Catalog open(Actor actor, Clock clock) {
        return SqliteCatalog.open(dir.resolve("c.db"), actor, clock);
    }
}
