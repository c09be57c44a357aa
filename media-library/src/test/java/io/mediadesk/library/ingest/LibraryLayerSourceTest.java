package io.mediadesk.library.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.FolderPath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryLayerSourceTest {
    @TempDir
    Path tmp;

    private Library library;
    private Importer importer;
    private LibraryLayerSource source;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(tmp.resolve("lib"), Optional.empty());
        importer = new Importer(library, Clock.systemUTC());
        source = new LibraryLayerSource(library.assets(), importer.originals());
        Path logo = solid(tmp.resolve("in").resolve("logo.png"), 20, 10, Color.RED);
        importer.run(List.of(logo), ImportOptions.DEFAULT.withThumbnails(false).withTarget(FolderPath.parse("/brand/")),
                ImportProgress.NONE, new Cancellation());
    }

    @AfterEach
    void close() {
        importer.close();
        library.close();
    }

    private static Path solid(Path file, int w, int h, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void aLibraryPathFindsTheAssetsOriginal() throws Exception {
        Optional<Path> found = source.find("brand/logo.png");
        assertThat(found).hasValueSatisfying(p -> assertThat(p).hasSameBinaryContentAs(tmp.resolve("in/logo.png")));
        assertThat(found.get()).startsWith(library.folder().resolve("originals"));
    }

    @Test
    void pathsTheLibraryHasNoAssetAtAreEmpty() {
        assertThat(source.find("brand/other.png")).isEmpty();
        assertThat(source.find("logo.png")).as("not in the root folder").isEmpty();
        assertThat(source.find("Brand/logo.png")).as("paths are case-sensitive").isEmpty();
        assertThat(source.find("brand/")).isEmpty();
        assertThat(source.find("brand//logo.png")).isEmpty();
        assertThat(source.find("../brand/logo.png")).isEmpty();
    }

    @Test
    void aTrashedAssetIsNoLongerALayer() {
        var id = library.assets().search(io.mediadesk.library.query.AssetQuery.of(io.mediadesk.library.query.Query.ALL))
                .items().get(0).id();
        library.assets().trash(List.of(id));
        assertThat(source.find("brand/logo.png")).isEmpty();
    }

    @Test
    void theEngineDrawsTheLibrarysAssetWhereTheLayerSays() throws Exception {
        Path base = solid(tmp.resolve("base.png"), 100, 80, Color.WHITE);
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 1).useLayerSource(source)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(base, new TransformationParser().parse("l-image,i-brand@@logo.png,t-false,lx-30,ly-40,l-end"),
                    Optional.empty(), out);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            // The 20 x 10 red logo covers x 30..49, y 40..49 exactly.
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 100; x++) {
                    boolean inside = x >= 30 && x < 50 && y >= 40 && y < 50;
                    assertThat(image.getRGB(x, y) & 0xFFFFFF).as("(%d, %d)", x, y).isEqualTo(inside ? 0xFF0000 : 0xFFFFFF);
                }
            }
            assertThatThrownBy(() -> renderer.render(base, new TransformationParser().parse("l-image,i-brand@@gone.png,l-end"),
                    Optional.empty(), new ByteArrayOutputStream())).isInstanceOf(EngineException.class).hasMessageContaining("gone.png");
        }
    }
}
