package io.mediadesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mediadesk presets} and {@code transform --tr n-NAME} as separate processes: a preset set
 * by one process is what the next one lists and renders; the contract's JSON and exit codes.
 */
class PresetsProcessTest {
    @TempDir
    Path tmp;

    @Test
    void aPresetSetByOneProcessIsListedAndRenderedByTheNext() throws Exception {
        String library = tmp.resolve("lib").toString();
        Launcher.Result set = Launcher.run("presets", "set", "half", "tr:w-50", "--library", library);
        assertThat(set.code()).as(set.err()).isZero();

        Launcher.Result list = Launcher.run("--json", "presets", "list", "--library", library);
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(new ObjectMapper().readTree(list.out()).toString())
                .isEqualTo("{\"items\":[{\"name\":\"half\",\"transformation\":\"w-50\"}]}");

        Path input = tmp.resolve("in.png");
        ImageIO.write(new BufferedImage(100, 60, BufferedImage.TYPE_INT_RGB), "png", input.toFile());
        Launcher.Result render = Launcher.run("transform", input.toString(), tmp.resolve("out.png").toString(), "--tr", "n-half",
                "--library", library, "--json");
        assertThat(render.code()).as(render.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(render.out());
        assertThat(out.get("width").asInt()).isEqualTo(50);
        assertThat(out.get("height").asInt()).isEqualTo(30);

        Launcher.Result invalid = Launcher.run("presets", "set", "half", "w-50,q-0", "--library", library);
        assertThat(invalid.code()).isEqualTo(3);
        assertThat(invalid.out()).isEmpty();
        assertThat(invalid.err()).startsWith("error: q-0 at position 5").hasLineCount(1);

        Launcher.Result unknown = Launcher.run("presets", "show", "full", "--library", library);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: no preset named \"full\"");
    }
}
