package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageProbeTest {
    private final ImageProbe probe = new ImageProbe();

    static Stream<Corpus.Entry> goodFiles() {
        return Corpus.manifest().stream().filter(e -> !e.file().startsWith("bad/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void probeAgreesWithTheManifestOnEveryCorpusFile(Corpus.Entry entry) {
        ImageInfo info = probe.probe(Corpus.file(entry.file()));

        assertThat(info.width()).as("width").isEqualTo(entry.width());
        assertThat(info.height()).as("height").isEqualTo(entry.height());
        assertThat(entry.format()).as("format").startsWith(info.format().name());
        assertThat(info.frameCount()).as("frames").isEqualTo(entry.frames());
        assertThat(info.animated()).as("animated").isEqualTo(entry.frames() > 1);
        assertThat(info.hasAlpha()).as("alpha").isEqualTo(entry.expectsAlpha());
    }

    @ParameterizedTest(name = "orient_{0}.jpg")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void probeReadsTheExifOrientationTheFileIsNamedFor(int orientation) {
        assertThat(probe.probe(Corpus.file("orient_" + orientation + ".jpg")).orientation()).isEqualTo(orientation);
    }

    @Test
    void probeReadsColourModelsFromHeaders() {
        assertThat(probe.probe(Corpus.file("wx_cmyk.jpg")).colourModel()).isEqualTo(ColourModel.YCCK);
        assertThat(probe.probe(Corpus.file("cmyk_icc_Picture_0B.jpg")).colourModel()).isEqualTo(ColourModel.CMYK);
        assertThat(probe.probe(Corpus.file("plasma_Grey_2560x1600.jpg")).colourModel()).isEqualTo(ColourModel.GRAY);
        assertThat(probe.probe(Corpus.file("exiftool_overview_palette_trns.png")).colourModel()).isEqualTo(ColourModel.PALETTE);
        assertThat(probe.probe(Corpus.file("julia-set_16bit.png")).bitDepth()).isEqualTo(16);
    }

    @Test
    void probeCollectsEmbeddedIccProfiles() {
        assertThat(probe.probe(Corpus.file("adobergb_Picture_1A.jpg")).metadata().iccProfile()).isPresent();
        assertThat(probe.probe(Corpus.file("cmyk_icc_Picture_0B.jpg")).metadata().iccProfile()).isPresent();
        assertThat(probe.probe(Corpus.file("afl_not_kitty_icc.png")).metadata().iccProfile()).isPresent();
        assertThat(probe.probe(Corpus.file("wx_cmyk.jpg")).metadata().icc()).isFalse();
    }

    @Test
    void probeIgnoresHostileExifAndReportsNormalOrientation() {
        ImageInfo info = probe.probe(Corpus.file("bad/absurd_exif.jpg"));

        assertThat(info.orientation()).isEqualTo(1);
        assertThat(info.metadata().exif()).isTrue();
        assertThat(info.width()).isEqualTo(480);
    }

    @Test
    void probeRefusesAMissingFileByName() {
        assertThatThrownBy(() -> probe.probe(Corpus.root().resolve("no-such-file.jpg")))
                .isInstanceOfSatisfying(ImageRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ImageRejectedException.Reason.MISSING));
    }
}
