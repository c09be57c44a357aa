package io.mediadesk.desktop.cli;

import static io.mediadesk.desktop.cli.MediadeskCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.desktop.cli.MediadeskCommandTest.Run;
import io.mediadesk.desktop.library.Version5Library;
import io.mediadesk.library.store.MigrationProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command on a library whose catalog is older says on stderr that it upgrades it and how far,
 * and its stdout is still only its result (scripts parse it).
 */
class UpgradeProgressTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aCommandOnAVersion5LibraryShowsTheUpgradeOnStderrAndKeepsStdoutClean() throws Exception {
        Path lib = Version5Library.create(tmp.resolve("lib"), "red-dress.jpg", "beach.png", "sky.jpg");

        Run r = run("search", "tags IN [\"summer\"]", "--library", lib.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines()).containsExactly(
                "upgrading the catalog to schema 6 (tag sort keys and search words): 0 of 3 assets",
                "upgrading the catalog to schema 6 (tag sort keys and search words): 3 of 3 assets",
                "upgrading the catalog to schema 6 (indexes and triggers): 0 of 13 steps",
                "upgrading the catalog to schema 6 (indexes and triggers): 13 of 13 steps");
        JsonNode out = JSON.readTree(r.out()); // the whole of stdout is one JSON document
        List<String> names = new ArrayList<>();
        out.get("items").forEach(i -> names.add(i.get("name").asText()));
        assertThat(names).containsExactly("red-dress.jpg", "beach.png", "sky.jpg");

        Run again = run("search", "name HAS \"dress\"", "--library", lib.toString());
        assertThat(again.err()).as("upgraded once").isEmpty();
        assertThat(again.out()).contains("/red-dress.jpg").doesNotContain("upgrading");
    }

    @Test
    void eachStepsFirstAndLastStateIsPrintedAndInBetweenAtMostOneLinePerInterval() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        UpgradeProgress progress = new UpgradeProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 500, () -> now[0]);
        // {schema, step, done, total, time}
        long[][] events = {{5, 0, 0, 2, 0}, {5, 0, 1, 2, 10}, {5, 0, 2, 2, 20}, {6, 0, 0, 40, 30}, {6, 0, 10, 40, 400},
            {6, 0, 20, 40, 600}, {6, 0, 30, 40, 700}, {6, 0, 40, 40, 800}, {6, 1, 0, 3, 810}, {6, 1, 1, 3, 820}, {6, 1, 3, 3, 830}};
        for (long[] e : events) {
            now[0] = e[4];
            progress.progress(new MigrationProgress((int) e[0], "s" + e[1], e[2], e[3], "assets"));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(l -> l.substring(l.indexOf("(") + 1)))
                .containsExactly("s0): 0 of 2 assets", "s0): 2 of 2 assets", "s0): 0 of 40 assets", "s0): 20 of 40 assets",
                        "s0): 40 of 40 assets", "s1): 0 of 3 assets", "s1): 3 of 3 assets");
    }
}
