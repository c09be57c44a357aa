package io.mediadesk.sync.side;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.sync.plan.PlanOptions;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.run.ItemFailure;
import io.mediadesk.sync.run.Progress;
import io.mediadesk.sync.run.SyncOutcome;
import io.mediadesk.sync.run.SyncSession;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@link SandboxSyncTest} again with the library's catalog on MongoDB (mongo-java-server in
 * this process, over the wire, through the real driver): first sync up and down, edits on both
 * sides, a conflict, new versions both ways, a local replace and restore, and the lease, all with
 * the base, journal and lease kept in the team catalog, and the originals in its GridFS. Then what
 * only a team has: a second machine (another library folder on the same catalog) uploads what the
 * first imported, reading the bytes from GridFS.
 */
class MongoSandboxSyncTest extends SandboxSyncTest {
    private MongoServer server;
    private String uri;

    /** Started here: the base class's @BeforeEach opens the library before this class's would run. */
    @Override
    protected Optional<String> catalogUri() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/team";
        return Optional.of(uri);
    }

    /** Machine B syncs on the shared catalog, with its own folder (so its own cache) and its own owner name. */
    private SyncOutcome syncOnMachineB(Library b) {
        try (LibraryLocalSide side = new LibraryLocalSide(b, Clock.systemUTC())) {
            return new SyncSession(side, new ClientRemoteSide(client, b.folder().resolve("sync-tmp")), b.catalog().syncLedger(),
                    Dispatcher.parallel(2), Clock.systemUTC(), "machine-b", Duration.ofMinutes(2)).run(PlanOptions.DEFAULTS, Progress.NONE);
        }
    }

    @Test
    void aSecondMachineUploadsAssetsImportedOnTheFirstFromGridFs() throws Exception {
        importCorpus("afl_not_kitty.jpg", "afl_not_kitty_alpha.png"); // on machine A, which never syncs here
        try (Library b = Library.open(dir.resolve("machine-b"), Optional.of(uri))) {
            for (Asset a : live()) assertFalse(Files.exists(b.originals().local(a.contentHash(), a.format())), "not on B's disk yet");
            SyncOutcome up = syncOnMachineB(b);
            assertTrue(up.report().failures().isEmpty(), () -> "failures: " + up.report().failures());
            assertEquals(2, up.report().applied(), up.plan().print());
        }
        for (String name : new String[] {"afl_not_kitty.jpg", "afl_not_kitty_alpha.png"}) {
            String remoteId = sandbox.file("/" + name).orElseThrow().fileId();
            assertEquals(sha256(Files.readAllBytes(corpus(name))), sha256(client.files().content(client.files().details(remoteId))), name);
        }
        try (LibraryLocalSide onA = new LibraryLocalSide(library, Clock.systemUTC())) {
            assertTrue(new SyncSession(onA, new ClientRemoteSide(client, dir.resolve("a-tmp")), library.catalog().syncLedger(),
                    Dispatcher.parallel(2), Clock.systemUTC(), "machine-a", Duration.ofMinutes(2))
                    .preview(PlanOptions.DEFAULTS).items().isEmpty(), "machine A finds nothing left to do");
        }
    }

    @Test
    void anOriginalNoStoreHoldsFailsItsUploadByNameAndTheRestGoesUp() throws Exception {
        importCorpus("afl_not_kitty.jpg", "afl_not_kitty_alpha.png");
        Asset gone = live().stream().filter(a -> a.name().equals("afl_not_kitty.jpg")).findFirst().orElseThrow();
        try (MongoClient raw = MongoClients.create(uri)) {
            MongoDatabase db = raw.getDatabase("team");
            db.getCollection("originals.chunks").deleteMany(Filters.eq("files_id", gone.contentHash()));
            db.getCollection("originals.files").deleteOne(Filters.eq("_id", gone.contentHash()));
        }
        try (Library b = Library.open(dir.resolve("machine-b"), Optional.of(uri))) {
            SyncOutcome up = syncOnMachineB(b);
            assertEquals(1, up.report().applied(), up.plan().print());
            assertEquals(1, up.report().failures().size(), () -> "failures: " + up.report().failures());
            ItemFailure failure = up.report().failures().get(0);
            assertTrue(failure.reason().contains("/afl_not_kitty.jpg") && failure.reason().contains("is missing"), failure.toString());
        }
        assertTrue(sandbox.file("/afl_not_kitty_alpha.png").isPresent());
        assertFalse(sandbox.file("/afl_not_kitty.jpg").isPresent());
    }

    /** The library (and its driver) closes first, then the server. */
    @AfterEach
    @Override
    void stop() {
        super.stop();
        server.shutdownNow();
    }
}
