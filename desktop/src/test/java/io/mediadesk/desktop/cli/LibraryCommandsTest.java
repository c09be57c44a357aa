package io.mediadesk.desktop.cli;

import static io.mediadesk.desktop.cli.MediadeskCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.desktop.cli.MediadeskCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, search, tag, delete and restore in-process: the JSON, the exit codes and the error lines of the contract. */
class LibraryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path lib;
    private Path src;

    @BeforeEach
    void corpus() throws Exception {
        Path corpus = Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(corpus.resolve("MANIFEST.tsv")), "shared corpus not found at " + corpus.toAbsolutePath());
        lib = tmp.resolve("lib");
        src = tmp.resolve("shoot");
        Files.createDirectories(src.resolve("beach"));
        Files.copy(corpus.resolve("orient_1.jpg"), src.resolve("beach").resolve("dunes.jpg"));
        Files.copy(corpus.resolve("afl_not_kitty_alpha.png"), src.resolve("kitty.png"));
        Files.copy(corpus.resolve("afl_not_kitty.jpg"), src.resolve("kitty copy.jpg"));
        Files.copy(corpus.resolve("afl_not_kitty.jpg"), src.resolve("kitty again.jpg"));
        Files.copy(corpus.resolve("bad").resolve("text_named.jpg"), src.resolve("notes.jpg"));
    }

    private Run library(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--library", lib.toString(), "--json"));
        return run(all.toArray(String[]::new));
    }

    private static JsonNode json(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private List<String> searchPaths(String query, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("search", query));
        args.addAll(List.of(more));
        List<String> out = new ArrayList<>();
        json(library(args.toArray(String[]::new))).get("items").forEach(i -> out.add(i.get("path").asText()));
        return out;
    }

    @Test
    void importReportsImportedDuplicatesAndFailuresAndKeepsFolders() throws Exception {
        Run r = library("import", src.toString());
        JsonNode out = json(r);
        assertThat(out.get("imported").asInt()).isEqualTo(3);
        assertThat(out.get("duplicates").asInt()).isEqualTo(1);
        assertThat(out.get("failed").asInt()).isEqualTo(1);
        List<String> statuses = new ArrayList<>();
        out.get("items").forEach(i -> statuses.add(i.get("status").asText() + " " + i.path("path").asText(i.path("reason").asText())));
        // Inputs are walked by name: beach/ first, then the files of shoot/.
        assertThat(statuses).containsExactly("imported /shoot/beach/dunes.jpg", "imported /shoot/kitty_again.jpg",
                "duplicate /shoot/kitty_again.jpg", "imported /shoot/kitty.png", "failed NOT_AN_IMAGE");
        assertThat(r.err()).contains("[1/5]").doesNotContain("error:");
    }

    @Test
    void importExitsWithFourOnlyWhenEveryInputFailed() throws Exception {
        Run r = library("import", src.resolve("notes.jpg").toString(), tmp.resolve("nothing-here.jpg").toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(JSON.readTree(r.out()).get("failed").asInt()).isEqualTo(2);
    }

    @Test
    void searchFindsByTheServiceLanguageSortsAndPages() throws Exception {
        json(library("import", src.toString()));
        assertThat(searchPaths("path : \"/shoot/beach/\"")).containsExactly("/shoot/beach/dunes.jpg");
        assertThat(searchPaths("format = \"png\" OR width > 100", "--sort", "DESC_NAME"))
                .containsExactly("/shoot/kitty.png", "/shoot/beach/dunes.jpg");
        assertThat(searchPaths("", "--sort", "ASC_NAME", "--skip", "1", "--limit", "1")).containsExactly("/shoot/kitty.png");
        JsonNode item = json(library("search", "name = \"dunes.jpg\"")).get("items").get(0);
        assertThat(item.get("width").asInt()).isEqualTo(480);
        assertThat(item.get("height").asInt()).isEqualTo(720);
        assertThat(item.get("name").asText()).isEqualTo("dunes.jpg");
        assertThat(item.get("tags").isArray()).isTrue();
        assertThat(item.get("id").asText()).hasSize(24);
    }

    @Test
    void aMalformedQueryIsAUsageErrorNamingThePosition() {
        Run r = library("search", "width > \"wide\"");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: search query: expected a number").contains("at position 9");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badSortKeysAndLimitsAreUsageErrors() {
        assertThat(library("search", "", "--sort", "BY_MOOD").code()).isEqualTo(2);
        assertThat(library("search", "", "--limit", "0").code()).isEqualTo(2);
        assertThat(library("search", "", "--limit", "1001").code()).isEqualTo(2);
    }

    @Test
    void tagsAreAddedAndRemovedByQueryOrById() throws Exception {
        json(library("import", src.toString()));
        assertThat(json(library("tag", "add", "summer", "beach", "--query", "path : \"/shoot/\"")).get("updated").asInt()).isEqualTo(3);
        assertThat(searchPaths("tags IN [\"beach\"]")).hasSize(3);
        String id = json(library("search", "format = \"png\"")).get("items").get(0).get("id").asText();
        assertThat(json(library("tag", "remove", "beach", "--id", id)).get("updated").asInt()).isEqualTo(1);
        assertThat(json(library("tag", "remove", "beach", "--id", id)).get("updated").asInt()).isZero();
        assertThat(searchPaths("tags IN [\"beach\"]")).containsExactly("/shoot/beach/dunes.jpg", "/shoot/kitty_again.jpg");
    }

    @Test
    void anUnknownIdOrAnInvalidTagChangesNothingAndIsAUsageError() throws Exception {
        json(library("import", src.toString()));
        String id = json(library("search", "")).get("items").get(0).get("id").asText();
        Run unknown = library("tag", "add", "x", "--id", id, "ffffffffffffffffffffffff");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("ffffffffffffffffffffffff").contains("nothing was changed");
        assertThat(searchPaths("tags EXISTS")).isEmpty();
        Run badTag = library("tag", "add", "50%", "--query", "");
        assertThat(badTag.code()).isEqualTo(2);
        assertThat(badTag.err()).startsWith("error: ").contains("%");
        assertThat(library("tag", "add", "x", "--id", "not-an-id").code()).isEqualTo(2);
    }

    @Test
    void queryAndIdsExcludeEachOtherAndOneIsRequired() {
        assertThat(library("delete", "--query", "", "--id", "000000000000000000000001").code()).isEqualTo(2);
        assertThat(library("delete").code()).isEqualTo(2);
        assertThat(library("tag").code()).isEqualTo(2);
    }

    @Test
    void deleteMovesToTheTrashAndRestoreBringsBack() throws Exception {
        json(library("import", src.toString()));
        assertThat(json(library("delete", "--query", "format = \"jpg\"")).get("deleted").asInt()).isEqualTo(2);
        assertThat(searchPaths("")).containsExactly("/shoot/kitty.png");
        List<String> trashed = new ArrayList<>();
        json(library("search", "", "--trash")).get("items").forEach(i -> trashed.add(i.get("id").asText()));
        assertThat(trashed).hasSize(2);
        List<String> args = new ArrayList<>(List.of("restore", "--id"));
        args.addAll(trashed);
        assertThat(json(library(args.toArray(String[]::new))).get("restored").asInt()).isEqualTo(2);
        assertThat(searchPaths("")).hasSize(3);
        assertThat(json(library("library")).get("assets").asInt()).isEqualTo(3);
    }

    @Test
    void ratingsAndLabelsAreSetByQueryOrIdAndFoundBySearch() throws Exception {
        json(library("import", src.toString()));
        assertThat(json(library("rate", "4", "--query", "path : \"/shoot/\"")).get("updated").asInt()).isEqualTo(3);
        String id = json(library("search", "name = \"dunes.jpg\"")).get("items").get(0).get("id").asText();
        assertThat(json(library("rate", "5", "--id", id)).get("updated").asInt()).isEqualTo(1);
        assertThat(json(library("label", "Red", "--id", id)).get("updated").asInt()).isEqualTo(1);
        assertThat(json(library("label", "red", "--id", id)).get("updated").asInt()).isZero();
        assertThat(searchPaths("rating >= 5")).containsExactly("/shoot/beach/dunes.jpg");
        assertThat(searchPaths("rating = 4 AND label = \"none\"")).hasSize(2);
        JsonNode item = json(library("search", "label = \"red\"")).get("items").get(0);
        assertThat(item.get("rating").asInt()).isEqualTo(5);
        assertThat(item.get("label").asText()).isEqualTo("red");
    }

    @Test
    void aBadRatingOrColourIsAUsageErrorThatChangesNothing() throws Exception {
        json(library("import", src.toString()));
        Run six = library("rate", "6", "--query", "");
        assertThat(six.code()).isEqualTo(2);
        assertThat(six.err()).startsWith("error: ").contains("0 to 5");
        Run pink = library("label", "pink", "--query", "");
        assertThat(pink.code()).isEqualTo(2);
        assertThat(pink.err()).contains("pink").contains("purple");
        assertThat(library("rate", "3").code()).isEqualTo(2);
        assertThat(searchPaths("rating > 0 OR label NOT = \"none\"")).isEmpty();
    }

    @Test
    void foldersAreCreatedRenamedMovedAndDeletedWithTheirAssetsFollowing() throws Exception {
        json(library("import", src.toString()));
        assertThat(json(library("folder", "create", "archive/2024")).get("folder").asText()).isEqualTo("/archive/2024/");
        JsonNode renamed = json(library("folder", "rename", "/shoot/", "trip"));
        assertThat(renamed.get("to").asText()).isEqualTo("/trip/");
        assertThat(renamed.get("folders").asInt()).isEqualTo(2);
        assertThat(renamed.get("assets").asInt()).isEqualTo(3);
        JsonNode moved = json(library("folder", "move", "/trip/", "/archive/2024/"));
        assertThat(moved.get("to").asText()).isEqualTo("/archive/2024/trip/");
        assertThat(searchPaths("path : \"/archive/\"", "--sort", "ASC_NAME")).containsExactly(
                "/archive/2024/trip/beach/dunes.jpg", "/archive/2024/trip/kitty.png", "/archive/2024/trip/kitty_again.jpg");
        Run intoItself = library("folder", "move", "/archive/", "/archive/2024/");
        assertThat(intoItself.code()).isEqualTo(2);
        assertThat(intoItself.err()).contains("own subtree");
        Run notEmpty = library("folder", "delete", "/archive/");
        assertThat(notEmpty.code()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("--recursive");
        JsonNode deleted = json(library("folder", "delete", "/archive/", "--recursive"));
        assertThat(deleted.get("trashed").asInt()).isEqualTo(3);
        assertThat(searchPaths("")).isEmpty();
        assertThat(library("folder", "create", "bad name").code()).isEqualTo(2);
    }

    @Test
    void theAuditTrailIsExportedAsCsvOrJsonForOneAssetOrAll() throws Exception {
        json(library("import", src.toString()));
        String id = json(library("search", "name = \"dunes.jpg\"")).get("items").get(0).get("id").asText();
        json(library("tag", "add", "summer", "--id", id));
        json(library("folder", "rename", "/shoot/", "trip"));
        Run csv = library("audit", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        String[] lines = csv.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("sequence,at,actor,action,asset_id,detail");
        // 3 adds, 1 tag, 3 asset moves, 1 folder move; the detail of a folder move holds commas, so it is quoted.
        assertThat(lines).hasSize(9);
        assertThat(lines[8]).contains(",folder.move,,\"/shoot/ -> /trip/ (2 folders, 3 assets)\"");
        JsonNode one = JSON.readTree(library("audit", "--id", id).out());
        List<String> actions = new ArrayList<>();
        one.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("add", "tag.add", "move");
        assertThat(one.get(2).get("detail").asText()).isEqualTo("/shoot/beach/dunes.jpg -> /trip/beach/dunes.jpg");
        assertThat(JSON.readTree(library("audit", "--since", "2999-01-01").out()).size()).isZero();
        assertThat(library("audit", "--since", "yesterday").code()).isEqualTo(2);
        assertThat(library("audit", "--format", "xml").code()).isEqualTo(2);
    }

    @Test
    void similarListsNearDuplicatesNearestFirstAndScansWiderOnRequest() throws Exception {
        json(library("import", src.toString()));
        String kitty = json(library("search", "name = \"kitty.png\"")).get("items").get(0).get("id").asText();
        JsonNode all = json(library("similar", "--id", kitty, "--distance", "64")).get("items");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("distance").asInt()).isLessThanOrEqualTo(all.get(1).get("distance").asInt());
        List<String> within6 = new ArrayList<>();
        all.forEach(i -> {
            if (i.get("distance").asInt() <= 6) within6.add(i.get("path").asText());
        });
        List<String> near = new ArrayList<>();
        json(library("similar", "--id", kitty)).get("items").forEach(i -> near.add(i.get("path").asText()));
        assertThat(near).isEqualTo(within6);
        assertThat(library("similar", "--id", kitty, "--distance", "65").code()).isEqualTo(2);
        assertThat(library("similar", "--id", "ffffffffffffffffffffffff").code()).isEqualTo(2);
    }

    @Test
    void sidecarsCarryKeywordsRatingAndLabelOutAndBackIn() throws Exception {
        json(library("import", src.toString()));
        json(library("tag", "add", "dune", "--query", "name = \"dunes.jpg\""));
        json(library("rate", "5", "--query", "name = \"dunes.jpg\""));
        json(library("label", "yellow", "--query", "name = \"dunes.jpg\""));
        Path out = tmp.resolve("xmp");
        JsonNode exported = json(library("xmp", "export", "--query", "path : \"/shoot/beach/\"", "--to", out.toString()));
        assertThat(exported.get("count").asInt()).isEqualTo(1);
        Path sidecar = out.resolve("shoot").resolve("beach").resolve("dunes.jpg.xmp");
        assertThat(Files.readString(sidecar)).contains("<rdf:li>dune</rdf:li>").contains("<xmp:Rating>5</xmp:Rating>")
                .contains("<xmp:Label>Yellow</xmp:Label>");
        json(library("tag", "remove", "dune", "--query", ""));
        json(library("rate", "0", "--query", ""));
        json(library("label", "none", "--query", ""));
        JsonNode imported = json(library("xmp", "import", out.toString()));
        assertThat(imported.get("count").asInt()).isEqualTo(1);
        assertThat(searchPaths("tags IN [\"dune\"] AND rating = 5 AND label = \"yellow\"")).containsExactly("/shoot/beach/dunes.jpg");
        assertThat(library("xmp", "import", tmp.resolve("missing").toString()).code()).isEqualTo(2);
    }
}
