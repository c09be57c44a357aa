package io.mediadesk.library.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.fixture.Corpus;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Find similar over real imports: a photo, a copy of it resized to 60 % and re-encoded at JPEG
 * quality 0.6 (made here with ImageIO, so its bytes differ), and an unrelated photo. Expected
 * distances are recomputed here from the stored hashes with {@link Long#bitCount}.
 */
class SimilarAssetsTest {
    @TempDir
    Path tmp;

    private Library library;
    private Importer importer;

    @BeforeEach
    void open() {
        library = Library.open(tmp.resolve("lib"), Optional.empty());
        importer = new Importer(library, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        importer.close();
        library.close();
    }

    private static Path resizedAndReencoded(Path source, Path target) throws Exception {
        BufferedImage in = ImageIO.read(source.toFile());
        int w = in.getWidth() * 6 / 10;
        int h = in.getHeight() * 6 / 10;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.6f);
        Files.createDirectories(target.getParent());
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(out, null, null), p);
        } finally {
            writer.dispose();
        }
        return target;
    }

    private AssetId imported(Path file) {
        ImportReport r = importer.run(List.of(file), ImportOptions.DEFAULT.withThumbnails(false), ImportProgress.NONE, new Cancellation());
        return r.items().get(0).id().orElseThrow();
    }

    private long hash(AssetId id) {
        return library.assets().find(id).orElseThrow().perceptualHash().orElseThrow();
    }

    @Test
    void aResizedReencodedCopyIsFoundAndAnUnrelatedPhotoOnlyByAWiderScan() throws Exception {
        Path original = Corpus.copy("Bridge_by_Sander_Klootwijk.jpg", tmp.resolve("in").resolve("bridge.jpg"));
        AssetId bridge = imported(original);
        AssetId small = imported(resizedAndReencoded(original, tmp.resolve("in2").resolve("bridge_small.jpg")));
        AssetId dragonfly = imported(Corpus.copy("Dragonfly_by_Bolly.jpg", tmp.resolve("in3").resolve("dragonfly.jpg")));
        assertThat(library.assets().find(small).orElseThrow().contentHash())
                .isNotEqualTo(library.assets().find(bridge).orElseThrow().contentHash());

        int near = Long.bitCount(hash(bridge) ^ hash(small));
        int far = Long.bitCount(hash(bridge) ^ hash(dragonfly));
        assertThat(near).isLessThanOrEqualTo(ImportOptions.DEFAULT.nearDuplicateDistance());
        assertThat(far).isGreaterThan(ImportOptions.DEFAULT.nearDuplicateDistance());

        List<SimilarAssets.Match> stored = SimilarAssets.of(library.assets(), bridge, ImportOptions.DEFAULT.nearDuplicateDistance());
        assertThat(stored).extracting(m -> m.asset().id(), SimilarAssets.Match::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(small, near));

        assertThat(SimilarAssets.of(library.assets(), bridge, far - 1)).extracting(m -> m.asset().id()).containsExactly(small);
        List<SimilarAssets.Match> wide = SimilarAssets.of(library.assets(), bridge, 64);
        assertThat(wide).extracting(m -> m.asset().id(), SimilarAssets.Match::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(small, near), org.assertj.core.groups.Tuple.tuple(dragonfly, far));

        library.assets().trash(List.of(small));
        assertThat(SimilarAssets.of(library.assets(), bridge, 64)).extracting(m -> m.asset().id()).containsExactly(dragonfly);
    }

    @Test
    void aDistanceOutsideTheHashOrAnUnknownAssetIsRefused() {
        AssetId nobody = AssetId.of("ffffffffffffffffffffffff");
        assertThatThrownBy(() -> SimilarAssets.of(library.assets(), nobody, 65)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("0 to 64");
        assertThatThrownBy(() -> SimilarAssets.of(library.assets(), nobody, 6)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(nobody.value());
    }
}
