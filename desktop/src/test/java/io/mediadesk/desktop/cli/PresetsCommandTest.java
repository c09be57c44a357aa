package io.mediadesk.desktop.cli;

import static io.mediadesk.desktop.cli.MediadeskCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.desktop.cli.MediadeskCommandTest.Run;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** presets (the contract's four and the extras) and n-NAME in transform, in-process: JSON, exit codes, error lines. */
class PresetsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path lib;

    @BeforeEach
    void library() {
        lib = tmp.resolve("lib");
    }

    private Run presets(String... args) {
        List<String> all = new ArrayList<>(List.of("presets"));
        all.addAll(List.of(args));
        all.addAll(List.of("--library", lib.toString(), "--json"));
        return run(all.toArray(String[]::new));
    }

    private static JsonNode json(Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return JSON.readTree(r.out());
    }

    @Test
    void setListShowAndDeleteFollowTheContract() throws Exception {
        JsonNode set = json(presets("set", "thumb", "tr:w-150,h-150"));
        assertThat(set.get("name").asText()).isEqualTo("thumb");
        assertThat(set.get("transformation").asText()).isEqualTo("w-150,h-150");
        assertThat(set.get("version").asInt()).isEqualTo(1);
        assertThat(set.get("changed").asBoolean()).isTrue();
        json(presets("set", "banner", "n-thumb:rt-90"));

        JsonNode list = json(presets("list"));
        assertThat(list.toString()).isEqualTo("{\"items\":[{\"name\":\"banner\",\"transformation\":\"n-thumb:rt-90\"},"
                + "{\"name\":\"thumb\",\"transformation\":\"w-150,h-150\"}]}");

        JsonNode show = json(presets("show", "banner"));
        assertThat(show.get("expanded").asText()).isEqualTo("w-150,h-150:rt-90");

        assertThat(json(presets("set", "thumb", "w-150,h-150")).get("changed").asBoolean()).as("same content").isFalse();
        json(presets("delete", "banner"));
        assertThat(json(presets("list")).get("items")).hasSize(1);
        assertThat(json(presets("list", "--trash")).get("items").get(0).get("name").asText()).isEqualTo("banner");
    }

    @Test
    void anInvalidTransformationExitsThreeNamingTheParameterAndPosition() {
        Run r = presets("set", "thumb", "w-150,q-0");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: q-0 at position 6").doesNotContain("\n\n");
        assertThat(presets("list").out()).contains("\"items\":[]");
    }

    @Test
    void aCycleIsRefusedWhenSetWithExitThree() {
        assertThat(presets("set", "a", "w-100").code()).isZero();
        assertThat(presets("set", "b", "n-a").code()).isZero();
        Run r = presets("set", "a", "n-b");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: n-b at position 0: named transformations form a cycle: a -> b -> a");
    }

    @Test
    void anUnknownNameExitsTwoAndABrokenNameRuleToo() {
        Run show = presets("show", "nothing");
        assertThat(show.code()).isEqualTo(2);
        assertThat(show.err()).startsWith("error: no preset named \"nothing\"");
        assertThat(presets("delete", "nothing").code()).isEqualTo(2);
        Run bad = presets("set", "my-thumb", "w-1");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'-' at position 2");
    }

    @Test
    void aPresetInUseCannotBeDeletedExitSix() {
        presets("set", "a", "w-100");
        presets("set", "b", "n-a,h-10");
        Run r = presets("delete", "a");
        assertThat(r.code()).isEqualTo(6);
        assertThat(r.err()).startsWith("error: preset \"a\" is used by b");
    }

    @Test
    void aStaleIfVersionIsRefusedWithExitSixAndChangesNothing() throws Exception {
        presets("set", "thumb", "w-100");
        presets("set", "thumb", "w-200");
        Run r = presets("set", "thumb", "w-300", "--if-version", "1");
        assertThat(r.code()).isEqualTo(6);
        assertThat(r.err()).contains("changed meanwhile");
        assertThat(json(presets("show", "thumb")).get("transformation").asText()).isEqualTo("w-200");
    }

    @Test
    void historyDiffRollbackAndRenameKeepEveryVersion() throws Exception {
        presets("set", "thumb", "w-300,h-200", "--description", "grid");
        presets("set", "thumb", "w-400,h-200,q-80");
        JsonNode diff = json(presets("diff", "thumb", "1", "2"));
        assertThat(diff.get("changes").toString()).isEqualTo("[{\"kind\":\"changed\",\"step\":1,\"key\":\"w\",\"before\":\"w-300\",\"after\":\"w-400\"},"
                + "{\"kind\":\"added\",\"step\":1,\"key\":\"q\",\"before\":\"\",\"after\":\"q-80\"}]");
        JsonNode back = json(presets("rollback", "thumb", "1"));
        assertThat(back.get("version").asInt()).isEqualTo(3);
        assertThat(back.get("transformation").asText()).isEqualTo("w-300,h-200");
        assertThat(json(presets("rename", "thumb", "grid_thumb")).get("name").asText()).isEqualTo("grid_thumb");
        JsonNode history = json(presets("history", "grid_thumb"));
        List<String> changes = new ArrayList<>();
        history.get("items").forEach(v -> changes.add(v.get("version").asInt() + " " + v.get("change").asText()));
        assertThat(changes).containsExactly("1 created", "2 updated", "3 rolled back to 1", "4 renamed from thumb");
        assertThat(history.get("items").get(0).get("description").asText()).isEqualTo("grid");
        Run text = run("presets", "diff", "grid_thumb", "2", "3", "--library", lib.toString());
        assertThat(text.out()).contains("step 1  w  changed  w-400 -> w-300", "step 1  q  removed  q-80");
    }

    @Test
    void transformRendersTheLibrarysPresetByName() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Path input = tmp.resolve("in.png");
        ImageIO.write(image, "png", input.toFile());
        presets("set", "half", "w-32");
        Path out = tmp.resolve("out.png");
        Run r = run("transform", input.toString(), out.toString(), "--tr", "n-half:rt-90", "--library", lib.toString());
        assertThat(r.code()).as(r.err()).isZero();
        ImageInfo info = new ImageProbe().probe(Files.readAllBytes(out));
        // w-32 keeps 4:3, so 32 x 24, then a quarter turn: 24 x 32.
        assertThat(info.width()).isEqualTo(24);
        assertThat(info.height()).isEqualTo(32);

        Path dir = tmp.resolve("batch");
        Run batch = run("transform", "--tr", "n-half", "--out-dir", dir.toString(), input.toString(), "--library", lib.toString(), "--json");
        assertThat(batch.code()).as(batch.err()).isZero();
        assertThat(JSON.readTree(batch.out()).get("ok").asInt()).isEqualTo(1);
        assertThat(new ImageProbe().probe(Files.readAllBytes(dir.resolve("in.png"))).width()).isEqualTo(32);

        Run unknown = run("transform", input.toString(), tmp.resolve("x.png").toString(), "--tr", "n-nope", "--library", lib.toString());
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("unknown named transformation \"nope\"");
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    @Test
    void transformWithoutAPresetNeverOpensTheLibrary() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        Path input = tmp.resolve("small.png");
        try {
            ImageIO.write(image, "png", input.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Run r = run("transform", input.toString(), tmp.resolve("o.png").toString(), "--tr", "w-4", "--library", lib.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(lib).doesNotExist();
    }
}
