package io.mediadesk.library.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.mediadesk.library.Library;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.LibraryInUseException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MongoDB catalog over the real wire protocol, against mongo-java-server on loopback. */
class MongoCatalogTest {

    @TempDir
    Path tmp;

    private MongoServer server;
    private String uri;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/team_catalog";
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void aLibraryCanKeepItsCatalogOnMongoDb() {
        try (Library library = Library.open(tmp, Optional.of(uri))) {
            assertThat(library.catalog().description()).isEqualTo("MongoDB 127.0.0.1:" + server.getLocalAddress().getPort() + "/team_catalog");
            assertThat(library.catalog().schemaVersion()).isEqualTo(6);
            assertThat(library.catalog().countAssets()).isZero();
        }
        // Originals and thumbnails stay in the library folder; no SQLite file is made.
        assertThat(tmp.resolve("catalog.db")).doesNotExist();
    }

    @Test
    void theSchemaVersionIsKeptOnTheServerAcrossConnections() {
        Library.open(tmp, Optional.of(uri)).close();
        try (Library library = Library.open(tmp, Optional.of(uri))) {
            assertThat(library.catalog().schemaVersion()).isEqualTo(6);
        }
    }

    @Test
    void theLibraryFolderIsStillLockedWhenTheCatalogIsOnMongoDb() {
        try (Library first = Library.open(tmp, Optional.of(uri))) {
            assertThatThrownBy(() -> Library.open(tmp, Optional.of(uri))).isInstanceOf(LibraryInUseException.class);
        }
    }

    @Test
    void anUnreachableServerGivesAClearErrorWithinSeconds() throws Exception {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> Library.open(tmp, Optional.of("mongodb://u:pw@127.0.0.1:" + freePort + "/x")))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("did not answer")
                .hasMessageNotContaining("pw@");
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(20);
    }
}
