package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.library.Library;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.model.MetadataFieldSchema;
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
    void presetsAreInThePlanAndGoUpAndAnAccountWithoutTheApiKeepsThemLocal() throws Exception {
        assertThat(mediadesk("presets", "set", "thumb", "w-150,h-150").code()).isZero();
        UrlCommandTest.Run dry = mediadesk("sync", "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("presets and fields: 1 add, 0 updates, 0 deletes, 0 conflicts")
                .contains("add       remote  preset thumb  w-150,h-150");

        UrlCommandTest.Run run = mediadesk("--json", "sync");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out()).get("plan");
        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).get("path").asText()).isEqualTo("preset thumb");
        assertThat(plan.get(0).get("side").asText()).isEqualTo("remote");
        assertThat(client().namedTransformations().list()).singleElement()
                .satisfies(n -> assertThat(n.transformation()).isEqualTo("w-150,h-150"));

        sandbox.namedTransformationsApi(false);
        assertThat(mediadesk("presets", "set", "thumb", "w-300").code()).isZero();
        UrlCommandTest.Run local = mediadesk("sync");
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(local.out()).contains("named transformations are managed in the dashboard for this account; presets stay local");
    }

    @Test
    void aFieldWhoseTypeDiffersWaitsForADecisionWithExitSix() throws Exception {
        try (Library library = Library.open(dir.resolve("lib"), Optional.empty())) {
            library.assets().defineField(new CustomField("rating", "Rating", FieldSchema.of(FieldType.NUMBER)));
        }
        client().metadataFields().create("rating", "Rating", MetadataFieldSchema.of("Text"), null);
        UrlCommandTest.Run r = mediadesk("sync");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(6);
        assertThat(r.out()).contains("decide            field rating  type Number in the library, Text at the service");
    }

    @Test
    void preferServiceSettlesAPresetConflictWithoutACopyAndAWrongSideIsAUsageError() throws Exception {
        assertThat(mediadesk("presets", "set", "hero", "w-300").code()).isZero();
        client().namedTransformations().create("hero", "w-400", true);

        UrlCommandTest.Run dry = mediadesk("sync", "--dry-run");
        assertThat(dry.out()).contains("the service's w-400 is kept as hero_conflict_1");

        UrlCommandTest.Run run = mediadesk("sync", "--prefer", "service");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("conflict          preset hero  added on both sides: the service's w-400 is kept, as chosen")
                .contains("update    local   preset hero  w-400 (was w-300)");
        UrlCommandTest.Run list = mediadesk("--json", "presets", "list");
        JsonNode items = new ObjectMapper().readTree(list.out()).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("transformation").asText()).isEqualTo("w-400");

        UrlCommandTest.Run wrong = mediadesk("sync", "--prefer", "both");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("--prefer takes library or service");
    }

    private ImageKitClient client() {
        return ImageKitClient.create(ClientConfig.defaults().withBases(sandbox.apiBase(), sandbox.uploadBase()),
                PrivateKey.of(sandbox.privateKey()));
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
