package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.numbered;
import static io.mediadesk.engine.render.TestImages.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class CropAndPadTest {

    /*  numbered(4, 3):   1  2  3  4
     *                    5  6  7  8
     *                    9 10 11 12                                                       */

    @Test
    void cropCutsExactlyTheRequestedBox() {
        BufferedImage out = Crop.of(1, 1, 2, 2).apply(numbered(4, 3, false));
        assertThat(out.getWidth()).isEqualTo(2);
        assertThat(rgb(out)).containsExactly(6, 7, 10, 11);
    }

    @Test
    void cropOfTheWholeImageIsACopy() {
        BufferedImage in = numbered(4, 3, true);
        BufferedImage out = Crop.of(0, 0, 4, 3).apply(in);
        assertThat(out).isNotSameAs(in);
        assertThat(TestImages.ints(out)).containsExactly(TestImages.ints(in));
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
    }

    @Test
    void cropOfTheLastColumnAndRowWorks() {
        assertThat(rgb(Crop.of(3, 0, 1, 3).apply(numbered(4, 3, false)))).containsExactly(4, 8, 12);
        assertThat(rgb(Crop.of(0, 2, 4, 1).apply(numbered(4, 3, false)))).containsExactly(9, 10, 11, 12);
    }

    @Test
    void cropBoxOutsideTheImageIsRejectedNamingTheBox() {
        assertThatThrownBy(() -> Crop.of(3, 1, 2, 2).apply(numbered(4, 3, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2x2 at (3,1)")
                .hasMessageContaining("4x3 image");
        assertThatThrownBy(() -> Crop.of(-1, 0, 1, 1).apply(numbered(4, 3, false)))
                .hasMessageContaining("1x1 at (-1,0)");
        assertThatThrownBy(() -> Crop.of(0, 0, 0, 1)).hasMessageContaining("at least 1x1");
    }

    @Test
    void padPlacesTheImageAtTheOffsetOnTheBackground() {
        BufferedImage out = Pad.of(4, 3, 1, 1, Rgba.of(0xAA, 0xBB, 0xCC)).apply(numbered(2, 2, false));
        int b = 0xAABBCC;
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(rgb(out)).containsExactly(
                b, b, b, b,
                b, 1, 2, b,
                b, 3, 4, b);
    }

    @Test
    void padWithATranslucentBackgroundGivesAlphaAndKeepsTheImageOpaque() {
        BufferedImage out = Pad.of(3, 1, 2, 0, Rgba.of(1, 2, 3, 0x40)).apply(numbered(1, 1, false));
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(TestImages.ints(out)).containsExactly(0x40010203, 0x40010203, 0xFF000001);
    }

    @Test
    void padOfAnAlphaImageKeepsItsAlphaEvenOnAnOpaqueBackground() {
        BufferedImage in = TestImages.of(1, 1, true, 0x11223344);
        BufferedImage out = Pad.of(2, 1, 0, 0, Rgba.BLACK).apply(in);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(TestImages.ints(out)).containsExactly(0x11223344, 0xFF000000);
    }

    @Test
    void padThatDoesNotFitIsRejected() {
        assertThatThrownBy(() -> Pad.of(3, 3, 2, 0, Rgba.BLACK).apply(numbered(2, 2, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2x2 image at (2,0)");
    }

    @Test
    void rgbaRejectsComponentsOutsideZeroTo255AndPacksArgb() {
        assertThatThrownBy(() -> Rgba.of(256, 0, 0)).hasMessageContaining("red");
        assertThat(Rgba.of(1, 2, 3, 4).argb()).isEqualTo(0x04010203);
        assertThat(Rgba.fromArgb(0x80FF0010)).isEqualTo(Rgba.of(0xFF, 0, 0x10, 0x80));
    }

    @Test
    void unsupportedImageTypesAreRejectedUntilNormalized() {
        var gray = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        assertThatThrownBy(() -> Flip.HORIZONTAL.apply(gray)).hasMessageContaining("Normalize");
        BufferedImage view = numbered(4, 3, false).getSubimage(1, 1, 2, 2);
        assertThatThrownBy(() -> Crop.of(0, 0, 1, 1).apply(view)).hasMessageContaining("sub-image");
        assertThat(rgb(Normalize.INSTANCE.apply(view))).containsExactly(6, 7, 10, 11);
        assertThat(Normalize.INSTANCE.apply(gray).getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }
}
