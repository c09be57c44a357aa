package io.mediadesk.sync.side;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/**
 * Every {@link SandboxSyncTest} again with the library's catalog on MongoDB (mongo-java-server in
 * this process, over the wire, through the real driver): first sync up and down, edits on both
 * sides, a conflict, new versions both ways, a local replace and restore, and the lease, all with
 * the base, journal and lease kept in the team catalog. The originals stay in the library folder.
 */
class MongoSandboxSyncTest extends SandboxSyncTest {
    private MongoServer server;

    /** Started here: the base class's @BeforeEach opens the library before this class's would run. */
    @Override
    protected Optional<String> catalogUri() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return Optional.of("mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/team");
    }

    /** The library (and its driver) closes first, then the server. */
    @AfterEach
    @Override
    void stop() {
        super.stop();
        server.shutdownNow();
    }
}
