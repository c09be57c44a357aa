package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FlattenAndOpacityTest {

    @Test
    void flattenBlendsEachPixelOverTheBackgroundByItsAlpha() {
        BufferedImage in = TestImages.of(4, 1, true, 0xFF123456, 0x00FF00FF, 0x80FF0000, 0x33000000);
        BufferedImage out = Flatten.onto(Rgba.WHITE).apply(in);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        // 0x80 = 128: red 255; green and blue 255 * 127 / 255 = 127.
        // 0x33 = 51 black: 255 * 204 / 255 = 204 = 0xCC.
        assertThat(TestImages.rgb(out)).containsExactly(0x123456, 0xFFFFFF, 0xFF7F7F, 0xCCCCCC);
    }

    @Test
    void flattenRoundsToNearest() {
        // 100 * 100 / 255 = 39.2 -> 39 over black; over 0x010101: (10000 + 155 + 127) / 255 = 40.3 -> 40.
        BufferedImage in = TestImages.of(1, 1, true, 0x64646464);
        assertThat(TestImages.rgb(Flatten.onto(Rgba.BLACK).apply(in))).containsExactly(0x272727);
        assertThat(TestImages.rgb(Flatten.onto(Rgba.of(1, 1, 1)).apply(in))).containsExactly(0x282828);
    }

    @Test
    void flattenOfAnOpaqueImageIsACopy() {
        BufferedImage in = TestImages.numbered(3, 3, false);
        BufferedImage out = Flatten.onto(Rgba.BLACK).apply(in);
        assertThat(out).isNotSameAs(in);
        assertThat(ints(out)).isEqualTo(ints(in));
    }

    @Test
    void flattenRejectsATranslucentBackground() {
        assertThatThrownBy(() -> Flatten.onto(Rgba.TRANSPARENT)).hasMessageContaining("opaque");
    }

    @Test
    void opacityScalesAlphaAndKeepsColour() {
        BufferedImage in = TestImages.of(3, 1, true, 0xFF102030, 0x80102030, 0x00FFFFFF);
        assertThat(ints(Opacity.of(50).apply(in))).containsExactly(0x80102030, 0x40102030, 0x00FFFFFF);
        assertThat(ints(Opacity.of(100).apply(in))).containsExactly(ints(in));
    }

    @Test
    void opacityOfAnOpaqueImageAddsAlpha() {
        BufferedImage out = Opacity.of(0).apply(TestImages.of(1, 1, false, 0x102030));
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(ints(out)).containsExactly(0x00102030);
        assertThatThrownBy(() -> Opacity.of(101)).hasMessageContaining("0-100");
    }
}
