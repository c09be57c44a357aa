package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's way in: the served pixels as plain data, one pass with the true byte count. */
class RenderedPixelsTest {
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);

    @TempDir
    static Path tmp;
    static Path photo;
    static Path transparent;

    @BeforeAll
    static void images() throws Exception {
        // Left half red, right half blue: colour and geometry are both checkable after a resize.
        BufferedImage image = new BufferedImage(1000, 667, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 667; y++) {
            for (int x = 0; x < 1000; x++) {
                image.setRGB(x, y, x < 500 ? 0xD02020 : 0x2040D0);
            }
        }
        photo = tmp.resolve("photo.jpg");
        ImageIO.write(image, "jpg", photo.toFile());
        BufferedImage glass = TestImages.solid(20, 10, 0x8000FF00, true);
        transparent = tmp.resolve("glass.png");
        ImageIO.write(glass, "png", transparent.toFile());
    }

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    @Test
    void pixelsFollowThePlannedSize() {
        RenderedPixels pixels = RENDERER.renderPixels(photo, Transformation.parse("w-400,h-300"));
        assertThat(pixels.width()).isEqualTo(400);
        assertThat(pixels.height()).isEqualTo(300);
        assertThat(pixels.argb()).hasSize(400 * 300);
        assertThat(pixels.info().width()).isEqualTo(400);
        assertThat(pixels.info().format()).isEqualTo(OutputFormat.JPEG);
    }

    @Test
    void theByteCountIsTheOneRenderWrites() {
        Transformation t = Transformation.parse("w-300,q-60");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rendered rendered = RENDERER.render(photo, t, Optional.empty(), out);
        RenderedPixels pixels = RENDERER.renderPixels(photo, t);
        assertThat(pixels.info().bytes()).isEqualTo(rendered.bytes()).isEqualTo(out.size());
    }

    @Test
    void opaqueOutputIsOpaqueNonPremultipliedArgb() {
        RenderedPixels pixels = RENDERER.renderPixels(photo, Transformation.parse("w-200"));
        int left = pixels.argb()[50 * pixels.width() + 20];
        int right = pixels.argb()[50 * pixels.width() + 180];
        assertThat(left >>> 24).isEqualTo(0xFF);
        assertThat((left >> 16) & 0xFF).isGreaterThan(0xB0);
        assertThat(right & 0xFF).isGreaterThan(0xB0);
    }

    @Test
    void alphaSurvivesWhereTheFormatKeepsIt() {
        RenderedPixels png = RENDERER.renderPixels(transparent, Transformation.parse("f-png"));
        assertThat(png.argb()[0] >>> 24).isEqualTo(0x80);
        assertThat((png.argb()[0] >> 8) & 0xFF).isEqualTo(0xFF); // not premultiplied
        RenderedPixels jpg = RENDERER.renderPixels(transparent, Transformation.parse("f-jpg"));
        assertThat(jpg.argb()[0] >>> 24).isEqualTo(0xFF);
    }

    @Test
    void lowQualityShowsItsArtefactsBecauseThePixelsAreReadBackFromTheBytes() {
        int[] fine = RENDERER.renderPixels(photo, Transformation.parse("w-200,q-100")).argb();
        int[] coarse = RENDERER.renderPixels(photo, Transformation.parse("w-200,q-5")).argb();
        assertThat(coarse).isNotEqualTo(fine);
    }

    @Test
    void hostedOnlyKeysAreRefusedByName() {
        assertThatThrownBy(() -> RENDERER.renderPixels(photo, Transformation.parse("e-bgremove")))
                .isInstanceOf(NotRenderableException.class).hasMessageContaining("e-bgremove");
    }

    @Test
    void theOriginalIsServedAsItIs() {
        RenderedPixels pixels = RENDERER.renderPixels(photo, Transformation.parse("orig-true"));
        assertThat(pixels.width()).isEqualTo(1000);
        assertThat(pixels.info().bytes()).isEqualTo(photo.toFile().length());
    }
}
