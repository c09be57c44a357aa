package io.mediadesk.desktop.cli;

import static io.mediadesk.desktop.cli.MediadeskCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.mediadesk.desktop.cli.MediadeskCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library commands with the catalog on MongoDB ({@code --library-uri}), in-process against
 * mongo-java-server on loopback: what import writes, search finds, and a second library folder
 * on the same catalog (a team member's machine) sees it too.
 */
class MongoLibraryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private MongoServer server;
    private String uri;
    private Path src;

    @BeforeEach
    void start() throws Exception {
        Path corpus = Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(corpus.resolve("MANIFEST.tsv")), "shared corpus not found at " + corpus.toAbsolutePath());
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/team";
        src = tmp.resolve("shoot");
        Files.createDirectories(src.resolve("beach"));
        Files.copy(corpus.resolve("orient_1.jpg"), src.resolve("beach").resolve("dunes.jpg"));
        Files.copy(corpus.resolve("afl_not_kitty_alpha.png"), src.resolve("kitty.png"));
        Files.copy(corpus.resolve("afl_not_kitty.jpg"), src.resolve("kitty copy.jpg"));
    }

    @AfterEach
    void stop() {
        if (server != null) server.shutdownNow();
    }

    private JsonNode library(String folder, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--library", tmp.resolve(folder).toString(), "--library-uri", uri, "--json"));
        Run r = run(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private List<String> paths(JsonNode search) {
        List<String> out = new ArrayList<>();
        search.get("items").forEach(i -> out.add(i.get("path").asText()));
        return out;
    }

    @Test
    void importThenSearchWithTheCatalogOnMongoDb() throws Exception {
        JsonNode imported = library("lib", "import", src.toString());
        assertThat(imported.get("imported").asInt()).isEqualTo(3);
        assertThat(paths(library("lib", "search", "path : \"/shoot/beach/\""))).containsExactly("/shoot/beach/dunes.jpg");
        assertThat(paths(library("lib", "search", "format = \"png\" OR width > 100", "--sort", "DESC_NAME")))
                .containsExactly("/shoot/kitty.png", "/shoot/beach/dunes.jpg");
        assertThat(library("lib", "tag", "add", "summer", "--query", "name : \"kitty\"").get("updated").asInt()).isEqualTo(2);
        // Another machine: its own library folder, the same team catalog.
        assertThat(paths(library("colleague", "search", "tags IN [\"summer\"]", "--sort", "ASC_NAME")))
                .containsExactly("/shoot/kitty.png", "/shoot/kitty_copy.jpg");
        assertThat(library("colleague", "library").get("assets").asInt()).isEqualTo(3);
    }
}
