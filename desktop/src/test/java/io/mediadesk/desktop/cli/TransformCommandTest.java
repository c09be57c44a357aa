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
    void anImageLayerWithoutALibraryToReadItFromIsRefusedByName() {
        Run r = run("transform", input.toString(), tmp.resolve("x.png").toString(), "--tr", "w-10,l-image,i-logo.png,l-end");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("i-logo.png", "no such file in the library");
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
