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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replace}, {@code versions} and {@code versions restore} in-process. Hashes and pixel sizes
 * of the corpus files were computed with {@code sha256sum} and ImageMagick {@code identify}.
 */
class VersionsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** sha256sum orient_1.jpg (identify: JPEG 480x720). */
    private static final String DUNES = "62409869ced9f3e965de7507b1b47e011d530607d3b3fb036c550437507d9b23";
    /** sha256sum afl_not_kitty_alpha.png (identify: PNG 32x32). */
    private static final String KITTY = "382ac44ca2ee732317f5894ceb6de873509cc5ac3a51c4e810e98a1b83122066";

    @TempDir
    Path tmp;

    private Path lib;
    private Path corpus;
    private String id;

    @BeforeEach
    void importOne() throws Exception {
        corpus = Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(corpus.resolve("MANIFEST.tsv")), "shared corpus not found at " + corpus.toAbsolutePath());
        lib = tmp.resolve("lib");
        Path src = tmp.resolve("shoot");
        Files.createDirectories(src);
        Files.copy(corpus.resolve("orient_1.jpg"), src.resolve("dunes.jpg"));
        json(library("import", src.toString()));
        id = json(library("search", "name = \"dunes.jpg\"")).get("items").get(0).get("id").asText();
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

    private List<String> hashes() throws Exception {
        List<String> out = new ArrayList<>();
        json(library("versions", "--id", id)).get("items").forEach(i -> out.add(i.get("number").asInt() + " " + i.get("sha256").asText()));
        return out;
    }

    private long originals() throws Exception {
        try (Stream<Path> files = Files.walk(lib.resolve("originals"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anImportedAssetHasOneVersion() throws Exception {
        JsonNode out = json(library("versions", "--id", id));
        assertThat(out.get("path").asText()).isEqualTo("/shoot/dunes.jpg");
        assertThat(out.get("items")).hasSize(1);
        JsonNode v = out.get("items").get(0);
        assertThat(v.get("number").asInt()).isEqualTo(1);
        assertThat(v.get("current").asBoolean()).isTrue();
        assertThat(v.get("sha256").asText()).isEqualTo(DUNES);
        assertThat(v.get("width").asInt()).isEqualTo(480);
        assertThat(v.get("height").asInt()).isEqualTo(720);
    }

    @Test
    void replaceMakesANewVersionKeepsTheOldOriginalAndRestoreBringsItBack() throws Exception {
        JsonNode r = json(library("replace", "--id", id, corpus.resolve("afl_not_kitty_alpha.png").toString()));
        assertThat(r.get("version").asInt()).isEqualTo(2);
        assertThat(r.get("sha256").asText()).isEqualTo(KITTY);
        assertThat(r.get("format").asText()).isEqualTo("png");
        assertThat(r.get("width").asInt()).isEqualTo(32);
        assertThat(r.get("path").asText()).isEqualTo("/shoot/dunes.jpg");
        assertThat(hashes()).containsExactly("2 " + KITTY, "1 " + DUNES);
        // Both originals stay in the content-addressed folder.
        assertThat(Files.isRegularFile(lib.resolve("originals/62/40/" + DUNES + ".jpg"))).isTrue();
        assertThat(Files.isRegularFile(lib.resolve("originals/38/2a/" + KITTY + ".png"))).isTrue();

        Run text = run("versions", "--id", id, "--library", lib.toString());
        assertThat(text.code()).as(text.err()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("/shoot/dunes.jpg");
        assertThat(lines.get(1)).startsWith("*  2  ").contains("png", "32x32", KITTY.substring(0, 12));
        assertThat(lines.get(2)).startsWith("   1  ").contains("jpg", "480x720", DUNES.substring(0, 12)).endsWith("  -");

        JsonNode back = json(library("versions", "restore", "--id", id, "--version", "1"));
        assertThat(back.get("restored").asInt()).isEqualTo(1);
        assertThat(back.get("version").asInt()).isEqualTo(3);
        assertThat(back.get("sha256").asText()).isEqualTo(DUNES);
        assertThat(hashes()).containsExactly("3 " + DUNES, "2 " + KITTY, "1 " + DUNES);
        JsonNode asset = json(library("search", "name = \"dunes.jpg\"")).get("items").get(0);
        assertThat(asset.get("width").asInt()).isEqualTo(480);
        assertThat(asset.get("height").asInt()).isEqualTo(720);

        List<String> actions = new ArrayList<>();
        json(library("audit", "--id", id, "--format", "json")).forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("add", "content.replace", "version.restore");
    }

    @Test
    void aBadFileIsRefusedWithFourAndChangesNothing() throws Exception {
        long before = originals();
        Run r = library("replace", "--id", id, corpus.resolve("bad").resolve("text_named.jpg").toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: ").contains("text_named.jpg");
        assertThat(hashes()).containsExactly("1 " + DUNES);
        assertThat(originals()).isEqualTo(before);

        Run bomb = library("replace", "--id", id, corpus.resolve("bad").resolve("bomb_50000x50000_1bit.png").toString());
        assertThat(bomb.code()).isEqualTo(4);
        assertThat(hashes()).containsExactly("1 " + DUNES);
    }

    @Test
    void unknownAssetsVersionsAndFilesAreUsageErrors() throws Exception {
        assertThat(library("versions", "--id", "ffffffffffffffffffffffff").code()).isEqualTo(2);
        assertThat(library("versions").code()).isEqualTo(2);
        assertThat(library("replace", "--id", "ffffffffffffffffffffffff", corpus.resolve("orient_1.jpg").toString()).code()).isEqualTo(2);
        assertThat(library("replace", "--id", id, tmp.resolve("nothing.png").toString()).code()).isEqualTo(2);
        Run current = library("versions", "restore", "--id", id, "--version", "1");
        assertThat(current.code()).isEqualTo(2);
        assertThat(current.err()).contains("current");
        assertThat(library("versions", "restore", "--id", id, "--version", "9").code()).isEqualTo(2);
        assertThat(hashes()).containsExactly("1 " + DUNES);
    }
}
