package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SVG source through the whole renderer: drawn at the plan's size, then the rest of the plan. */
class SvgRenderTest {
    /** 40 x 30: the left half red, the right half blue. */
    private static final String HALVES = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\">"
            + "<rect x=\"0\" y=\"0\" width=\"20\" height=\"30\" fill=\"#ff0000\"/>"
            + "<rect x=\"20\" y=\"0\" width=\"20\" height=\"30\" fill=\"#0000ff\"/></svg>";

    @TempDir
    Path dir;

    @Test
    void anUpscaleIsDrawnAtTheTargetSizeAndStaysSharp() throws IOException {
        Path svg = Files.writeString(dir.resolve("halves.svg"), HALVES, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendered rendered;
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 1)) {
            rendered = renderer.render(svg, Transformation.parse("w-400,f-png"), Optional.empty(), out);
        }
        assertThat(rendered.format()).isEqualTo(OutputFormat.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(new int[] {image.getWidth(), image.getHeight()}).containsExactly(400, 300);
        assertThat(image.getRGB(199, 150) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(image.getRGB(200, 150) & 0xFFFFFF).isEqualTo(0x0000FF);
    }

    @Test
    void origTrueIsRefusedByNameRatherThanLabelledAsARaster() throws IOException {
        Path svg = Files.writeString(dir.resolve("halves.svg"), HALVES, StandardCharsets.UTF_8);
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 1)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.render(svg, Transformation.parse("orig-true"),
                    Optional.empty(), new ByteArrayOutputStream()))
                    .isInstanceOf(NotRenderableException.class).hasMessageContaining("orig-true: the original is an SVG");
        }
    }

    @Test
    void withoutARasterFormatTheOutputIsPngWithANotice() throws IOException {
        Path svg = Files.writeString(dir.resolve("halves.svg"), HALVES, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 1)) {
            Rendered rendered = renderer.render(svg, Transformation.parse("w-20,rt-90"), Optional.empty(), out);
            assertThat(rendered.format()).isEqualTo(OutputFormat.PNG);
            assertThat(new int[] {rendered.width(), rendered.height()}).containsExactly(15, 20);
            assertThat(rendered.notices()).anyMatch(n -> n.contains("keeps SVG as SVG"));
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getRGB(7, 2) & 0xFFFFFF).as("red turned to the top").isEqualTo(0xFF0000);
        assertThat(image.getRGB(7, 17) & 0xFFFFFF).as("blue turned to the bottom").isEqualTo(0x0000FF);
    }
}
