package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** transform and info in-process: stdout bytes, usage errors, nothing half-written. */
class TransformCommandTest {

    @TempDir
    Path tmp;

    private Path input;

    record Run(int code, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MediadeskCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void makeInput() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, x < 32 ? 0xFF0000 : 0x0000FF);
            }
        }
        input = tmp.resolve("in.png");
        ImageIO.write(image, "png", input.toFile());
    }

    @Test
    void aDashWritesTheImageBytesToStdoutAndNothingElse() {
        Run r = run("transform", input.toString(), "-", "--tr", "w-32");
        assertThat(r.code()).as(r.err()).isZero();
        ImageInfo info = new ImageProbe().probe(r.out());
        assertThat(info.width()).isEqualTo(32);
        assertThat(info.height()).isEqualTo(24);
    }

    @Test
    void theOutputExtensionChoosesTheFormatWhenTheTransformationDoesNot() throws IOException {
        Path out = tmp.resolve("out.jpg");
        Run r = run("transform", input.toString(), out.toString(), "--tr", "tr:h-12", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.text()).contains("\"format\":\"jpg\"", "\"width\":16", "\"height\":12", "\"bytes\":" + Files.size(out));
    }

    @Test
    void theFormatParameterWinsOverTheExtension() {
        Path out = tmp.resolve("out.jpg");
        Run r = run("transform", input.toString(), out.toString(), "--tr", "w-10,f-png", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new ImageProbe().probe(out).format().name()).isEqualTo("PNG");
    }

    @Test
    void threeFileArgumentsWithoutOutDirAreAUsageError() {
        Run r = run("transform", input.toString(), "a.png", "b.png", "--tr", "w-10");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ");
    }

    @Test
    void aMissingTransformationIsAUsageError() {
        assertThat(run("transform", input.toString(), "a.png").code()).isEqualTo(2);
    }

    @Test
    void anInvalidTransformationExitsThreeAndWritesNothing() throws IOException {
        Path out = tmp.resolve("never.png");
        Run r = run("transform", input.toString(), out.toString(), "--tr", "w-10,q-0");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: ").contains("q");
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.png");
        }
    }

    @Test
    void effectsRenderAfterTheResizeAndTheBorderGrowsTheImage() throws IOException {
        Path out = tmp.resolve("fx.png");
        Run r = run("transform", input.toString(), out.toString(), "--tr", "w-300,bl-10,e-grayscale,r-20,b-5_FF0000", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        // 64x48 -> 300x225 (48 * 300 / 64), then 5 px of border on every side
        assertThat(r.text()).contains("\"width\":310", "\"height\":235");
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getRGB(0, 0) >>> 24).as("corner cut by r-20").isZero();
        assertThat(image.getRGB(2, 117)).as("border, after grayscale so still red").isEqualTo(0xFFFF0000);
        int centre = image.getRGB(155, 117);
        assertThat(centre >> 16 & 0xFF).as("grey").isEqualTo(centre & 0xFF);
    }

    @Test
    void anAiFeatureIsRefusedAsHostedOnly() {
        Run r = run("transform", input.toString(), tmp.resolve("x.png").toString(), "--tr", "w-10,e-bgremove");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("e-bgremove", "rendered by the hosted service only");
    }

    @Test
    void aLayerModeTheEngineCannotRenderIsRefusedAsNotRenderedYet() {
        Run r = run("transform", input.toString(), tmp.resolve("x.png").toString(), "--tr",
                "w-10,l-text,i-Hi,lm-displace,l-end");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("l-text > lm-displace", "not rendered by the local engine yet");
    }

    @Test
    void anImageLayerTheLibraryDoesNotHoldIsRefusedByName() {
        Run r = run("transform", input.toString(), tmp.resolve("x.png").toString(), "--tr", "w-10,l-image,i-logo.png,l-end",
                "--library", tmp.resolve("lib").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("i-logo.png", "no such file in the library");
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    /** A 6 x 4 green PNG, the layer image of the tests below. */
    private Path logo(Path file) throws IOException {
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) image.setRGB(x, y, 0x00FF00);
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The output has the green 6 x 4 logo at (x0, y0) and the input's red and blue halves everywhere else. */
    private static void assertLogoAt(Path output, int x0, int y0) throws IOException {
        BufferedImage out = ImageIO.read(output.toFile());
        assertThat(out.getWidth()).isEqualTo(64);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                boolean logo = x >= x0 && x < x0 + 6 && y >= y0 && y < y0 + 4;
                int expected = logo ? 0x00FF00 : x < 32 ? 0xFF0000 : 0x0000FF;
                assertThat(out.getRGB(x, y) & 0xFFFFFF).as("(%d, %d)", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void anImageLayerDrawsTheLibrarysAsset() throws IOException {
        Path lib = tmp.resolve("lib");
        Path folder = tmp.resolve("brand");
        logo(folder.resolve("logo.png"));
        Run imported = run("import", folder.toString(), "--library", lib.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Path out = tmp.resolve("layered.png");
        Run r = run("transform", input.toString(), out.toString(), "--tr", "l-image,i-brand@@logo.png,t-false,lx-30,ly-10,l-end",
                "--library", lib.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertLogoAt(out, 30, 10);
    }

    @Test
    void layersDirReadsLayerImagesFromAFolderInstead() throws IOException {
        Path dir = tmp.resolve("layers");
        logo(dir.resolve("brand").resolve("logo.png"));
        Path lib = tmp.resolve("never-made");
        Path out = tmp.resolve("layered.png");
        Run r = run("transform", input.toString(), out.toString(), "--tr", "l-image,i-brand@@logo.png,t-false,lx-N2,ly-0,l-end",
                "--layers", dir.toString(), "--library", lib.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertLogoAt(out, 56, 0); // lx-N2: the logo's right edge 2 px in from the image's right edge (64 - 2 - 6)
        assertThat(lib).as("the library is not opened").doesNotExist();
    }

    @Test
    void anOutputSideOverTheLimitIsRefusedBeforeAnyPixelIsDecoded() {
        Run r = run("transform", input.toString(), tmp.resolve("x.png").toString(), "--tr", "w-9000");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("8192");
    }

    @Test
    void infoReportsTheHeaderAsJson() {
        Run r = run("info", input.toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.text()).contains("\"width\":64", "\"height\":48", "\"format\":\"png\"", "\"orientation\":1",
                "\"hasAlpha\":false", "\"frames\":1");
    }

    @Test
    void helpListsTheEngineCommands() {
        assertThat(run("--help").text()).contains("transform", "info", "library");
    }
}
