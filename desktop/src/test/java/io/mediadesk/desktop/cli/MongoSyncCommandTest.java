package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mediadesk --library-uri mongodb://... sync} against a real stand-in, the catalog on
 * mongo-java-server over the wire: the team catalog syncs (assets and presets), and its base is
 * the team's, so a second machine on the same catalog has nothing left to do; and the originals
 * are in its GridFS, so a colleague's machine uploads what another imported.
 */
class MongoSyncCommandTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private MongoServer server;
    private String uri;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/team";
    }

    @AfterEach
    void stop() {
        sandbox.close();
        server.shutdownNow();
    }

    private UrlCommandTest.Run mediadesk(String folder, String... args) {
        String[] all = new String[args.length + 8];
        System.arraycopy(new String[] {"--library", dir.resolve(folder).toString(), "--library-uri", uri, "--api-base",
            sandbox.apiBase(), "--upload-base", sandbox.uploadBase()}, 0, all, 0, 8);
        System.arraycopy(args, 0, all, 8, args.length);
        return UrlCommandTest.run(() -> Optional.of(PrivateKey.of(sandbox.privateKey())), all);
    }

    @Test
    void aTeamCatalogOnMongoDbSyncsAndASecondMachineFindsItDone() throws Exception {
        Path root = Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(root.resolve("afl_not_kitty.jpg")), "shared corpus not found");
        UrlCommandTest.Run imported = mediadesk("lib", "import", "--no-thumbnails", root.resolve("afl_not_kitty.jpg").toString(),
                root.resolve("afl_not_kitty_alpha.png").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(mediadesk("lib", "presets", "set", "thumb", "w-150,h-150").code()).isZero();

        UrlCommandTest.Run run = mediadesk("lib", "--json", "sync");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("applied").asInt()).as(run.out()).isEqualTo(3);
        assertThat(json.get("failed")).isEmpty();
        assertThat(sandbox.files()).extracting(f -> f.filePath()).containsExactlyInAnyOrder("/afl_not_kitty.jpg", "/afl_not_kitty_alpha.png");

        UrlCommandTest.Run again = mediadesk("lib", "sync");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("sync plan: 0 adds, 0 updates, 0 moves, 0 deletes, 0 conflicts");

        UrlCommandTest.Run colleague = mediadesk("colleague", "sync", "--dry-run");
        assertThat(colleague.code()).as(colleague.err()).isZero();
        assertThat(colleague.out()).startsWith("sync plan: 0 adds, 0 updates, 0 moves, 0 deletes, 0 conflicts");
    }

    /** {@code replace} and {@code versions restore} on the team catalog, each followed by {@code sync}: a new version at the service. */
    @Test
    void aReplaceAndARestoreFromTheCliGoUpAsNewVersions() throws Exception {
        Path root = Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(root.resolve("afl_not_kitty.jpg")), "shared corpus not found");
        assertThat(mediadesk("lib", "import", "--no-thumbnails", root.resolve("afl_not_kitty.jpg").toString()).code()).isZero();
        assertThat(mediadesk("lib", "sync").code()).isZero();
        String id = new ObjectMapper().readTree(mediadesk("lib", "--json", "search", "name : \"afl\"").out()).get("items").get(0)
                .get("id").asText();

        UrlCommandTest.Run replaced = mediadesk("lib", "replace", "--id", id, root.resolve("afl_not_kitty_alpha.png").toString());
        assertThat(replaced.code()).as(replaced.err()).isZero();
        UrlCommandTest.Run up = mediadesk("lib", "sync");
        assertThat(up.code()).as(up.out() + up.err()).isZero();
        assertThat(up.out()).contains("applied 1 steps");
        assertThat(sandbox.file("/afl_not_kitty.jpg").orElseThrow().versions()).isEqualTo(2);
        assertThat(sandbox.file("/afl_not_kitty.jpg").orElseThrow().size()).isEqualTo(Files.size(root.resolve("afl_not_kitty_alpha.png")));

        assertThat(mediadesk("lib", "versions", "restore", "--id", id, "--version", "1").code()).isZero();
        UrlCommandTest.Run back = mediadesk("lib", "sync");
        assertThat(back.code()).as(back.out() + back.err()).isZero();
        assertThat(back.out()).contains("applied 1 steps");
        assertThat(sandbox.file("/afl_not_kitty.jpg").orElseThrow().versions()).isEqualTo(3);
        assertThat(sandbox.file("/afl_not_kitty.jpg").orElseThrow().size()).isEqualTo(Files.size(root.resolve("afl_not_kitty.jpg")));
        assertThat(mediadesk("lib", "sync").out()).startsWith("sync plan: 0 adds, 0 updates, 0 moves, 0 deletes, 0 conflicts");
    }

    /** The originals are in the team catalog's GridFS: a colleague's sync uploads what the first machine imported. */
    @Test
    void aColleaguesSyncUploadsWhatTheFirstMachineImported() throws Exception {
        Path root = Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(root.resolve("afl_not_kitty.jpg")), "shared corpus not found");
        assertThat(mediadesk("lib", "import", "--no-thumbnails", root.resolve("afl_not_kitty.jpg").toString(),
                root.resolve("afl_not_kitty_alpha.png").toString()).code()).isZero();

        UrlCommandTest.Run run = mediadesk("colleague", "--json", "sync");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("applied").asInt()).as(run.out()).isEqualTo(2);
        assertThat(json.get("failed")).isEmpty();
        assertThat(sandbox.file("/afl_not_kitty.jpg").orElseThrow().size()).isEqualTo(Files.size(root.resolve("afl_not_kitty.jpg")));
        assertThat(sandbox.file("/afl_not_kitty_alpha.png").orElseThrow().size())
                .isEqualTo(Files.size(root.resolve("afl_not_kitty_alpha.png")));
        assertThat(mediadesk("lib", "sync").out()).startsWith("sync plan: 0 adds, 0 updates, 0 moves, 0 deletes, 0 conflicts");
    }
}
