package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.plan.PlanningException;
import io.mediadesk.engine.transform.Transformation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layers through the whole {@link Renderer}: a file in, a library folder for layers, PNG pixels out. */
class LayeredRenderTest {
    @TempDir
    Path dir;

    @Test
    void aRendererWithALayerSourceCompositesImageAndTextLayersOnAFile() throws IOException {
        Path base = dir.resolve("base.png");
        ImageIO.write(EffectRendering.solid(300, 200, 0xFFFFFF), "png", base.toFile());
        Path library = Files.createDirectories(dir.resolve("library"));
        ImageIO.write(EffectRendering.solid(30, 20, 0x0000FF), "png", library.resolve("logo.png").toFile());
        Transformation t = Transformation.parse("w-150,f-png,l-image,i-logo.png,w-bw_div_5,lx-N5,ly-N5,l-end,"
                + "l-text,i-Hi,fs-20,co-FF0000,bg-00FF00,pa-4,lx-3,ly-3,l-end");
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 1)) {
            assertThatThrownBy(() -> renderer.renderPixels(base, t)).isInstanceOf(PlanningException.class)
                    .hasMessageContaining("i-logo.png");
            renderer.useLayerSource(new FolderLayerSource(library));
            RenderedPixels out = renderer.renderPixels(base, t);
            assertThat(out.width()).isEqualTo(150);
            assertThat(out.height()).isEqualTo(100);
            // the logo: w-bw_div_5 = 30 -> 30x20, right and bottom edges 5 px in: 115,75 .. 144,94
            assertThat(out.argb()[75 * 150 + 115] & 0xFFFFFF).isEqualTo(0x0000FF);
            assertThat(out.argb()[94 * 150 + 144] & 0xFFFFFF).isEqualTo(0x0000FF);
            assertThat(out.argb()[95 * 150 + 145] & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(out.argb()[74 * 150 + 114] & 0xFFFFFF).isEqualTo(0xFFFFFF);
            // the text block's green background starts at 3,3
            assertThat(out.argb()[3 * 150 + 3] & 0xFFFFFF).isEqualTo(0x00FF00);
            assertThat(out.argb()[2 * 150 + 2] & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
    }
}
