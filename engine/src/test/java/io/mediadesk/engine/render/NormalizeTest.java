package io.mediadesk.engine.render;

import static io.mediadesk.engine.render.TestImages.ints;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;

class NormalizeTest {

    @Test
    void eightBitGreyBecomesTheSameGreyInRgbWithoutAGammaShift() {
        var grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 100);
        grey.getRaster().setSample(1, 0, 0, 200);
        BufferedImage out = Normalize.INSTANCE.apply(grey);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(TestImages.rgb(out)).containsExactly(0x646464, 0xC8C8C8);
    }

    @Test
    void sixteenBitGreyIsReducedToEightBits() {
        var grey = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(0, 0, 0, 100 * 257);
        assertThat(TestImages.rgb(Normalize.INSTANCE.apply(grey))).containsExactly(0x646464);
    }

    @Test
    void premultipliedAlphaIsUnpremultiplied() {
        var pre = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        ((DataBufferInt) pre.getRaster().getDataBuffer()).getData()[0] = 0x80402010;
        BufferedImage out = Normalize.INSTANCE.apply(pre);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(ints(out)).containsExactly(0x80804020);
    }

    @Test
    void byteBgrBecomesIntRgbExactly() {
        var bgr = new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR);
        bgr.getRaster().setPixel(0, 0, new int[] {0x12, 0x34, 0x56});
        assertThat(TestImages.rgb(Normalize.INSTANCE.apply(bgr))).containsExactly(0x123456);
    }

    @Test
    void aSupportedImageIsCopiedNotShared() {
        BufferedImage in = TestImages.numbered(3, 2, true);
        BufferedImage out = Normalize.INSTANCE.apply(in);
        assertThat(out).isNotSameAs(in);
        assertThat(ints(out)).isEqualTo(ints(in)).isNotSameAs(ints(in));
    }
}
