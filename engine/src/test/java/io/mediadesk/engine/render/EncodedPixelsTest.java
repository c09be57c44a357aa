package io.mediadesk.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.OutputFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Someone else's encoded bytes into plain pixels, and SSIM over plain pixels. */
class EncodedPixelsTest {

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage halves(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, x < w / 2 ? 0x102030 : 0xF0E0D0);
            }
        }
        return image;
    }

    @Test
    void aPngDecodesToItsExactPixelsFormatAndByteCount() throws Exception {
        byte[] bytes = png(halves(30, 20));
        RenderedPixels pixels = EncodedPixels.decode(bytes);
        assertThat(pixels.width()).isEqualTo(30);
        assertThat(pixels.height()).isEqualTo(20);
        assertThat(pixels.info().format()).isEqualTo(OutputFormat.PNG);
        assertThat(pixels.info().bytes()).isEqualTo(bytes.length);
        assertThat(pixels.argb()[0]).isEqualTo(0xFF102030);
        assertThat(pixels.argb()[29]).isEqualTo(0xFFF0E0D0);
    }

    @Test
    void garbageIsRefusedWithAnEngineException() {
        assertThatThrownBy(() -> EncodedPixels.decode("<html>not found</html>".getBytes()))
                .isInstanceOf(EngineException.class);
    }

    @Test
    void ssimIsOneForTheSamePixelsAndLowerForOthers() throws Exception {
        RenderedPixels a = EncodedPixels.decode(png(halves(40, 40)));
        int[] shifted = a.argb().clone();
        for (int i = 0; i < shifted.length; i++) {
            if ((i / 40) % 2 == 0) shifted[i] = 0xFF808080; // every other row grey: structure changes
        }
        RenderedPixels b = new RenderedPixels(40, 40, shifted, new Rendered(40, 40, OutputFormat.PNG, 1, List.of()));
        assertThat(EncodedPixels.ssim(a, a)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(EncodedPixels.ssim(a, b)).isLessThan(0.9);
    }
}
