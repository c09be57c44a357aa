package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Seeding the stand-in directly, and that what was seeded is served like uploaded files. */
class SeedTest extends SandboxTestBase {

    /** Every row of {@code GET /v1/files} with paging by skip/limit until a short page, as the spec says a client pages. */
    private List<JsonNode> listAll(String query) {
        List<JsonNode> rows = new ArrayList<>();
        for (int skip = 0; ; skip += 1000) {
            Calls.Answer answer = calls.get("/v1/files?" + query + "skip=" + skip + "&limit=1000");
            assertThat(answer.status()).as(new String(answer.body())).isEqualTo(200);
            answer.json().forEach(rows::add);
            if (answer.json().size() < 1000) {
                return rows;
            }
        }
    }

    @Test
    void seededFilesAreListedThroughTheRealEndpointInSpecOrder() {
        List<SeedFile> files = SeedFiles.generate(2_500, 42).toList();
        assertThat(sandbox.seed(files.stream())).isEqualTo(2_500);

        List<JsonNode> rows = listAll("");
        List<String> paths = rows.stream().map(r -> r.get("filePath").asText()).toList();
        assertThat(paths).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(files.stream().map(f -> f.folder() + f.name()).toList());
        // default order: ASC_CREATED, ties by path
        List<JsonNode> expected = new ArrayList<>(rows);
        expected.sort(Comparator.comparing((JsonNode r) -> r.get("createdAt").asText()).thenComparing(r -> r.get("filePath").asText()));
        assertThat(rows).isEqualTo(expected);
        JsonNode first = rows.stream().filter(r -> r.get("filePath").asText().equals(files.get(0).folder() + files.get(0).name()))
                .findFirst().orElseThrow();
        SeedFile seed0 = files.get(0);
        assertThat(first.get("size").asLong()).isEqualTo(seed0.versions().get(seed0.versions().size() - 1).length);
        assertThat(first.get("width").asInt()).isEqualTo(8);
        assertThat(first.get("fileType").asText()).isEqualTo("image");
        assertThat(first.get("isPrivateFile").asBoolean()).isEqualTo(seed0.privateFile());
        List<String> tags = new ArrayList<>();
        if (first.get("tags").isArray()) first.get("tags").forEach(t -> tags.add(t.asText()));
        assertThat(tags).isEqualTo(seed0.tags());
    }

    @Test
    void everyVersionIsKeptAndTheCurrentOneServesTheLastContent() {
        List<SeedFile> files = SeedFiles.generate(200, 5).toList();
        sandbox.seed(files.stream());
        SeedFile three = files.stream().filter(f -> f.versions().size() == 3).findFirst().orElseThrow();
        String path = three.folder() + three.name();
        String id = listAll("").stream().filter(r -> r.get("filePath").asText().equals(path)).findFirst().orElseThrow()
                .get("fileId").asText();
        Calls.Answer versions = calls.get("/v1/files/" + id + "/versions");
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.json().size()).isEqualTo(3);
        Calls.Answer delivered = calls.get("/ik" + path);
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.body()).isEqualTo(three.versions().get(2));
        assertThat(sandbox.file(path).orElseThrow().versions()).isEqualTo(3);
    }

    @Test
    void theSameSeedGivesTheSameAccountAndAnotherSeedAnotherOne() {
        List<SeedFile> a = SeedFiles.generate(300, 9).toList();
        List<SeedFile> b = SeedFiles.generate(300, 9).toList();
        List<SeedFile> c = SeedFiles.generate(300, 10).toList();
        assertThat(describe(a)).isEqualTo(describe(b)).isNotEqualTo(describe(c));
        assertThat(a.stream().filter(f -> f.versions().size() > 1).count()).isBetween(30L, 110L);
        assertThat(a.stream().filter(f -> f.customCoordinates().isPresent()).count()).isBetween(10L, 60L);
    }

    private static List<String> describe(List<SeedFile> files) {
        return files.stream().map(f -> f.folder() + f.name() + " " + f.tags() + " " + f.customCoordinates() + " " + f.privateFile()
                + " " + f.versions().stream().map(Arrays::hashCode).toList()).toList();
    }

    @Test
    void theGeneratedContentsAreDistinctPngs() {
        List<byte[]> pngs = java.util.stream.IntStream.range(0, SeedFiles.CONTENTS).mapToObj(SeedFiles::png).toList();
        assertThat(pngs.stream().map(Arrays::toString).distinct().count()).isEqualTo(SeedFiles.CONTENTS);
        assertThat(Arrays.copyOf(pngs.get(7), 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    }

    @Test
    void aListingAfterAChangeIsNotServedFromTheRowsSortedBefore() {
        sandbox.seed(SeedFiles.generate(1_500, 3));
        List<JsonNode> before = listAll("");
        String gone = before.get(10).get("fileId").asText();
        assertThat(calls.call("DELETE", "/v1/files/" + gone, null).status()).isEqualTo(204);
        uploadText("/late/", "new.txt", "hello");
        List<JsonNode> after = listAll("");
        assertThat(after).hasSize(1_500);
        assertThat(after.stream().map(r -> r.get("fileId").asText())).doesNotContain(gone);
        assertThat(after.get(after.size() - 1).get("filePath").asText()).isEqualTo("/late/new.txt");
        // a filter is a different listing, not the cached one
        assertThat(listAll("path=%2Flate&")).hasSize(1);
    }

    @Test
    void aTakenPathIsRefused() {
        uploadText("/a/", "b.png", "x");
        SeedFile clash = SeedFile.of("/a/", "b.png", SeedFiles.png(1));
        assertThatThrownBy(() -> sandbox.seed(Stream.of(clash))).hasMessageContaining("/a/b.png");
        assertThat(sandbox.files()).hasSize(1);
        SeedFile tagged = new SeedFile("/a/", "c.png", List.of(SeedFiles.png(2)), List.of("t1"), Optional.of("1,2,3,4"), true);
        assertThat(sandbox.seed(Stream.of(tagged))).isEqualTo(1);
        assertThat(sandbox.file("/a/c.png").orElseThrow().isPrivateFile()).isTrue();
    }

    @Test
    void timesAlwaysCarryThreeDigitsOfMillisecondsSoTheySortAsTimes() throws Exception {
        java.time.Clock whole = java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        try (Sandbox other = Sandbox.start(SandboxOptions.defaults().withClock(whole))) {
            other.seed(Stream.of(SeedFile.of("/", "a.png", SeedFiles.png(1))));
            Calls.Answer answer = new Calls(other).get("/v1/files");
            assertThat(answer.json().get(0).get("createdAt").asText()).isEqualTo("2026-01-01T00:00:00.000Z");
        }
    }

    @Test
    void deliveryFindsWhatIsThereNowInALargeAccount() {
        List<SeedFile> files = SeedFiles.generate(3_000, 8).filter(f -> !f.privateFile()).toList();
        sandbox.seed(files.stream());
        for (SeedFile f : files.subList(0, 300)) {
            Calls.Answer got = calls.get("/ik" + f.folder() + f.name());
            assertThat(got.status()).isEqualTo(200);
            assertThat(got.body()).isEqualTo(f.versions().get(f.versions().size() - 1));
        }
        SeedFile gone = files.get(0);
        String id = sandbox.file(gone.folder() + gone.name()).orElseThrow().fileId();
        assertThat(calls.call("DELETE", "/v1/files/" + id, null).status()).isEqualTo(204);
        assertThat(calls.get("/ik" + gone.folder() + gone.name()).status()).isEqualTo(404);
        uploadText("/new/", "late.txt", "late");
        assertThat(new String(calls.get("/ik/new/late.txt").body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("late");
    }
}
