package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoMetadataReaderTest {

    @TempDir
    Path tmp;

    private final PhotoMetadataReader reader = new PhotoMetadataReader();

    @Test
    void readsCameraAndDateTakenFromExif() {
        // Values as `identify -verbose` prints them: Make SONY, Model DSC-RX100M4, DateTimeOriginal 2020:02:19 16:35:05.
        PhotoMetadata m = reader.read(Corpus.file("Elephants_5640x3172.jpg"));
        assertThat(m.make()).contains("SONY");
        assertThat(m.model()).contains("DSC-RX100M4");
        assertThat(m.taken()).contains(Instant.parse("2020-02-19T16:35:05Z"));
        assertThat(m.latitude()).isEmpty();
    }

    @Test
    void readsXmpSubjectsAsKeywordsInFileOrder() throws Exception {
        byte[] jpeg = Files.readAllBytes(Corpus.file("afl_not_kitty.jpg"));
        Path file = tmp.resolve("tagged.jpg");
        Files.write(file, withXmp(jpeg, """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:subject><rdf:Bag><rdf:li>summer</rdf:li><rdf:li> beach </rdf:li><rdf:li>summer</rdf:li></rdf:Bag></dc:subject>
                </rdf:Description></rdf:RDF></x:xmpmeta>"""));
        assertThat(reader.read(file).keywords()).containsExactly("summer", "beach");
    }

    @Test
    void hostileExifYieldsWhatIsReadableAndNeverThrows() {
        PhotoMetadata m = reader.read(Corpus.file("bad/absurd_exif.jpg"));
        assertThat(m).isNotNull();
        assertThat(m.keywords()).isEmpty();
    }

    @Test
    void aFileWithoutMetadataReadsAsNone() {
        assertThat(reader.read(Corpus.file("afl_not_kitty.png"))).isEqualTo(PhotoMetadata.NONE);
        assertThat(reader.read(tmp.resolve("missing.jpg"))).isEqualTo(PhotoMetadata.NONE);
    }

    @Test
    void aLatitudeWithoutLongitudeIsDropped() {
        var m = new PhotoMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(1.0), Optional.empty(),
                java.util.List.of());
        assertThat(m.latitude()).isEmpty();
    }

    /** SOI, then an APP1 segment with the XMP namespace header, then the rest of the JPEG. */
    private static byte[] withXmp(byte[] jpeg, String xmp) {
        byte[] payload = ("http://ns.adobe.com/xap/1.0/\0" + xmp).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
