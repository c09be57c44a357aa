package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** {@code mediadesk sync} against a real stand-in: the contract's JSON, the dry run, the brake and --yes. */
class SyncCommandTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private UrlCommandTest.Run mediadesk(String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"--library", dir.resolve("lib").toString(), "--api-base", sandbox.apiBase(), "--upload-base",
            sandbox.uploadBase()}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return UrlCommandTest.run(() -> Optional.of(PrivateKey.of(sandbox.privateKey())), all);
    }

    @Test
    void syncUploadsTheLibraryAndAnswersWithTheContractsJson() throws Exception {
        importCorpus();
        UrlCommandTest.Run dry = mediadesk("--json", "sync", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(new ObjectMapper().readTree(dry.out()).get("plan")).hasSize(3);
        assertThat(sandbox.files()).isEmpty();

        UrlCommandTest.Run run = mediadesk("--json", "sync");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("applied").asInt()).isEqualTo(3);
        assertThat(json.get("conflicts").asInt()).isZero();
        assertThat(json.get("plan").get(0).get("action").asText()).isEqualTo("upload");
        assertThat(run.err()).contains("[3/3] upload remote");
        assertThat(sandbox.files()).hasSize(3);

        UrlCommandTest.Run again = mediadesk("sync");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("sync plan: 0 adds, 0 updates, 0 moves, 0 deletes, 0 conflicts");
    }

    @Test
    void deletingMostOfTheLibraryNeedsYes() throws Exception {
        importCorpus();
        assertThat(mediadesk("sync").code()).isZero();
        UrlCommandTest.Run search = mediadesk("--json", "search", "name : \"afl_not_kitty.\"");
        JsonNode items = new ObjectMapper().readTree(search.out()).get("items");
        assertThat(mediadesk("delete", "--id", items.get(0).get("id").asText(), "--id", items.get(1).get("id").asText()).code())
                .isZero();

        UrlCommandTest.Run refused = mediadesk("sync");
        assertThat(refused.code()).isEqualTo(6);
        assertThat(refused.out()).contains("refused (needs --yes): 2 of 3 synced files (66%) would be deleted on the service");
        assertThat(sandbox.files()).hasSize(3);

        UrlCommandTest.Run confirmed = mediadesk("sync", "--yes");
        assertThat(confirmed.code()).as(confirmed.err()).isZero();
        assertThat(sandbox.files()).hasSize(1);
    }

    @Test
    void withoutTheKeyItIsAUsageError() {
        UrlCommandTest.Run r = UrlCommandTest.run(Optional::empty, "--library", dir.resolve("lib").toString(), "sync");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("MEDIADESK_PRIVATE_KEY");
    }

    private void importCorpus() {
        Path root = Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(root.resolve("afl_not_kitty.jpg")), "shared corpus not found");
        UrlCommandTest.Run r = mediadesk("import", "--no-thumbnails", root.resolve("afl_not_kitty.jpg").toString(),
                root.resolve("afl_not_kitty.webp").toString(), root.resolve("afl_not_kitty_alpha.png").toString());
        assertThat(r.code()).as(r.err()).isZero();
    }
}
