package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decoder that keeps recent decodes reuses them only while the file and the pixels asked for are the same. */
class RecentDecodesTest {

    @TempDir
    Path tmp;

    private Path jpeg(String name) throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Path file = tmp.resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void theSameFileAndSubsamplingAreDecodedOnce() throws Exception {
        Path file = jpeg("a.jpg");
        try (Decoder decoder = new Decoder(1, 2)) {
            DecodedImage first = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withTarget(200, 0));
            DecodedImage again = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withTarget(190, 0));
            assertThat(first.subsampling()).isEqualTo(again.subsampling()).isGreaterThan(1);
            assertThat(again).isSameAs(first);
            DecodedImage full = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT);
            assertThat(full).isNotSameAs(first);
            assertThat(full.subsampling()).isEqualTo(1);
        }
    }

    @Test
    void aChangedFileIsDecodedAfresh() throws Exception {
        Path file = jpeg("b.jpg");
        try (Decoder decoder = new Decoder(1, 2)) {
            DecodedImage first = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
            assertThat(decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT)).isNotSameAs(first);
        }
    }

    @Test
    void onlyTheMostRecentAreKeptAndPlainDecodersKeepNone() throws Exception {
        Path a = jpeg("c.jpg");
        Path b = jpeg("d.jpg");
        try (Decoder decoder = new Decoder(1, 1); Decoder plain = new Decoder(1)) {
            DecodedImage first = decoder.decode(a, Limits.DEFAULT, DecodeOptions.DEFAULT);
            decoder.decode(b, Limits.DEFAULT, DecodeOptions.DEFAULT);
            assertThat(decoder.decode(a, Limits.DEFAULT, DecodeOptions.DEFAULT)).isNotSameAs(first);
            assertThat(plain.decode(a, Limits.DEFAULT, DecodeOptions.DEFAULT))
                    .isNotSameAs(plain.decode(a, Limits.DEFAULT, DecodeOptions.DEFAULT));
        }
    }
}
