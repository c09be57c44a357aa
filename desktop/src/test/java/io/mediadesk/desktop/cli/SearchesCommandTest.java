package io.mediadesk.desktop.cli;

import static io.mediadesk.desktop.cli.MediadeskCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.desktop.cli.MediadeskCommandTest.Run;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** searches (saved searches) in-process: save, list, run as the search it holds, refusals. */
class SearchesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path lib;

    @BeforeEach
    void importTwoImages() throws Exception {
        lib = tmp.resolve("lib");
        Path src = tmp.resolve("shoot");
        Files.createDirectories(src.resolve("beach"));
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", src.resolve("beach").resolve("wide.png").toFile());
        BufferedImage tall = new BufferedImage(20, 50, BufferedImage.TYPE_INT_RGB);
        tall.setRGB(0, 0, 0xFFFFFF); // other bytes than wide.png's, so not a duplicate
        ImageIO.write(tall, "png", src.resolve("tall.png").toFile());
        assertThat(lib("import", src.toString()).code()).isZero();
    }

    private Run lib(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--library", lib.toString(), "--json"));
        return run(all.toArray(String[]::new));
    }

    private static List<String> names(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        List<String> out = new ArrayList<>();
        JSON.readTree(r.out()).get("items").forEach(i -> out.add(i.get("name").asText()));
        return out;
    }

    @Test
    void aSavedSearchRunsAsItsQueryAndSort() throws Exception {
        JsonNode saved = JSON.readTree(lib("searches", "save", "Tall first", "width > 10", "--sort", "DESC_HEIGHT").out());
        assertThat(saved.get("version").asInt()).isEqualTo(1);
        assertThat(names(lib("searches", "run", "Tall first"))).containsExactly("tall.png", "wide.png");
        lib("searches", "save", "Tall first", "path : \"/shoot/beach/\"");
        assertThat(names(lib("searches", "run", "Tall first"))).containsExactly("wide.png");
        assertThat(names(lib("searches", "list"))).containsExactly("Tall first");
        assertThat(JSON.readTree(lib("searches", "delete", "Tall first").out()).get("deleted").asBoolean()).isTrue();
        assertThat(names(lib("searches", "list"))).isEmpty();
    }

    @Test
    void aMalformedQueryOrAnUnknownNameIsExitTwo() throws Exception {
        Run bad = lib("searches", "save", "broken", "width >");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: ");
        assertThat(names(lib("searches", "list"))).isEmpty();
        Run unknown = lib("searches", "run", "nothing");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: no saved search named \"nothing\"");
    }
}
