package io.mediadesk.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SVG input: sized from the root element, drawn at the caller's size, and safe: no DTD or
 * entities (XXE, billion laughs), no file or network reference followed, absurd sizes refused.
 * Expected pixels are by construction (rectangles of known colour and position).
 */
class SvgInputTest {
    private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    /** 40 x 30: the left half red, the right half blue. */
    private static final String HALVES = "<svg " + NS + " width=\"40\" height=\"30\">"
            + "<rect x=\"0\" y=\"0\" width=\"20\" height=\"30\" fill=\"#ff0000\"/>"
            + "<rect x=\"20\" y=\"0\" width=\"20\" height=\"30\" fill=\"#0000ff\"/></svg>";

    private final Decoder decoder = new Decoder(1);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        decoder.close();
    }

    @Test
    void anSvgIsProbedByItsRootElementAndDrawnAtItsDeclaredSize() throws IOException {
        Path file = write("halves.svg", HALVES);
        ImageInfo info = decoder.probe(file);
        assertThat(info.format()).isEqualTo(ImageFormat.SVG);
        assertThat(new int[] {info.width(), info.height()}).containsExactly(40, 30);
        BufferedImage image = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT).image();
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getRGB(5, 15)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(35, 15)).isEqualTo(0xFF0000FF);
    }

    @Test
    void aTargetSizeIsDrawnAsVectorsNotUpscaled() throws IOException {
        Path file = write("halves.svg", HALVES);
        BufferedImage image = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withTarget(400, 0)).image();
        assertThat(new int[] {image.getWidth(), image.getHeight()}).containsExactly(400, 300);
        // the boundary at x = 200 stays one pixel sharp; a 10x raster upscale would spread it over ~20 px
        assertThat(image.getRGB(199, 150)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(200, 150)).isEqualTo(0xFF0000FF);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(399, 299)).isEqualTo(0xFF0000FF);
    }

    @Test
    void sizesFollowUnitsAndTheViewBoxAsBrowsersDo() throws IOException {
        assertThat(size("<svg " + NS + " width=\"1in\" height=\"0.5in\"/>")).containsExactly(96, 48);
        assertThat(size("<svg " + NS + " viewBox=\"0 0 50 25\"/>")).containsExactly(50, 25);
        assertThat(size("<svg " + NS + " width=\"100\" viewBox=\"0,0,50,25\"/>")).containsExactly(100, 50);
        assertThat(size("<svg " + NS + " width=\"100%\" height=\"100%\" viewBox=\"0 0 64 32\"/>")).containsExactly(64, 32);
        assertThat(size("<svg " + NS + "/>")).containsExactly(300, 150);
        assertThat(size("<svg " + NS + " width=\"72pt\" height=\"2.54cm\"/>")).containsExactly(96, 96);
    }

    @Test
    void theViewBoxIsStretchedOntoTheDeclaredSize() throws IOException {
        Path file = write("box.svg", "<svg " + NS + " width=\"40\" height=\"40\" viewBox=\"0 0 4 4\">"
                + "<rect x=\"2\" y=\"0\" width=\"2\" height=\"4\" fill=\"#00ff00\"/></svg>");
        BufferedImage image = decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT).image();
        assertThat(image.getRGB(10, 20) >>> 24).isZero();
        assertThat(image.getRGB(30, 20)).isEqualTo(0xFF00FF00);
    }

    @Test
    void externalEntitiesAreRefusedAndNoLocalFileIsRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<svg " + NS + " width=\"40\" height=\"30\"><text x=\"0\" y=\"20\">&xxe;</text></svg>";
        ImageRejectedException e = rejection(write("xxe.svg", xxe));
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(e.getMessage()).contains("document type declaration").doesNotContain("TOP-SECRET");
        String passwd = xxe.replace(secret.toUri().toString(), "file:///etc/passwd");
        assertThat(rejection(write("passwd.svg", passwd)).getMessage()).doesNotContain("root:");
    }

    @Test
    void aBillionLaughsIsRefusedAtOnce() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><svg ").append(NS).append(" width=\"40\" height=\"30\"><text>&lol10;</text></svg>");
        Path file = write("laughs.svg", dtd.toString());
        long start = System.nanoTime();
        assertThat(rejection(file).reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2000);
    }

    @Test
    void localAndEmbeddedImageReferencesAreNotLoaded() throws IOException {
        BufferedImage green = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) green.setRGB(x, y, 0x00FF00);
        }
        Path png = dir.resolve("green.png");
        ImageIO.write(green, "png", png.toFile());
        String svg = "<svg " + NS + " width=\"40\" height=\"30\">"
                + "<image x=\"0\" y=\"0\" width=\"20\" height=\"30\" href=\"green.png\"/>"
                + "<image x=\"20\" y=\"0\" width=\"20\" height=\"30\" xlink:href=\"" + png.toUri() + "\"/>"
                + "<image x=\"0\" y=\"0\" width=\"40\" height=\"30\" href=\"" + png.toAbsolutePath() + "\"/>"
                // an embedded raster would bypass the decode limits: not drawn either
                + "<image x=\"0\" y=\"0\" width=\"40\" height=\"30\" href=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(png)) + "\"/></svg>";
        BufferedImage image = decoder.decode(write("refs.svg", svg), Limits.DEFAULT, DecodeOptions.DEFAULT).image();
        assertThat(new int[] {image.getWidth(), image.getHeight()}).containsExactly(40, 30);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                assertThat(image.getRGB(x, y) >>> 24).as("pixel %d,%d", x, y).isZero();
            }
        }
    }

    @Test
    void anHttpReferenceMakesNoConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                try {
                    server.setSoTimeout(3000);
                    while (true) {
                        server.accept().close();
                        connections.incrementAndGet();
                    }
                } catch (SocketTimeoutException e) {
                    // nothing came
                } catch (IOException e) {
                    // closed
                }
            });
            listener.start();
            String svg = "<svg " + NS + " width=\"40\" height=\"30\">"
                    + "<style>@import url(" + base + "/a.css); rect { fill: url(" + base + "/p.svg#g); }</style>"
                    + "<image x=\"0\" y=\"0\" width=\"40\" height=\"30\" href=\"" + base + "/x.png\"/>"
                    + "<image x=\"0\" y=\"0\" width=\"40\" height=\"30\" xlink:href=\"" + base + "/y.png\"/>"
                    + "<use href=\"" + base + "/other.svg#a\"/>"
                    + "<filter id=\"f\"><feImage href=\"" + base + "/z.png\"/></filter>"
                    + "<rect width=\"10\" height=\"10\" filter=\"url(#f)\"/></svg>";
            Path file = write("remote.svg", svg);
            decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT);
            decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT.withTarget(80, 60));
            listener.join(5000);
            assertThat(connections.get()).as("connections to the loopback server").isZero();
        }
    }

    @Test
    void scriptsAreInertAndTheDrawingStillRenders() throws IOException {
        String svg = "<svg " + NS + " width=\"40\" height=\"30\" onload=\"document.getElementById('r').setAttribute('fill','#00ff00')\">"
                + "<script>document.getElementById('r').setAttribute('fill', '#00ff00');</script>"
                + "<rect id=\"r\" width=\"40\" height=\"30\" fill=\"#ff0000\"/></svg>";
        BufferedImage image = decoder.decode(write("script.svg", svg), Limits.DEFAULT, DecodeOptions.DEFAULT).image();
        assertThat(image.getRGB(20, 15)).isEqualTo(0xFFFF0000);
    }

    @Test
    void absurdSizesAreRefusedBeforeAnythingIsDrawn() throws IOException {
        assertThat(rejection(write("wide.svg", "<svg " + NS + " width=\"100000\" height=\"10\"/>")).reason())
                .isEqualTo(Reason.OVER_PIXEL_LIMIT);
        assertThat(rejection(write("huge.svg", "<svg " + NS + " viewBox=\"0 0 1e9 1e9\"/>")).reason())
                .isEqualTo(Reason.OVER_PIXEL_LIMIT);
        assertThat(rejection(write("inf.svg", "<svg " + NS + " width=\"1e400\" height=\"10\"/>")).reason())
                .isEqualTo(Reason.CORRUPT);
        assertThat(rejection(write("flat.svg", "<svg " + NS + " viewBox=\"0 0 0 0\"/>")).reason()).isEqualTo(Reason.CORRUPT);
        assertThat(rejection(write("neg.svg", "<svg " + NS + " width=\"-5\" height=\"10\"/>")).reason()).isEqualTo(Reason.CORRUPT);
        // within a side, over the pixel cap: 10000 x 10000 = 100 MP > 50 MP
        ImageRejectedException big = rejection(write("big.svg", "<svg " + NS + " width=\"10000\" height=\"10000\"/>"));
        assertThat(big.reason()).isEqualTo(Reason.OVER_PIXEL_LIMIT);
        // a small drawing asked for at an absurd size
        Path small = write("small.svg", HALVES);
        ImageRejectedException drawn = catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(small, Limits.DEFAULT, DecodeOptions.DEFAULT.withTarget(12000, 12000)));
        assertThat(drawn.reason()).isEqualTo(Reason.OVER_PIXEL_LIMIT);
    }

    @Test
    void otherEncodingsNonSvgRootsAndOversizedFilesAreRefused() throws IOException {
        assertThat(rejection(write("utf7.svg", "<?xml version=\"1.0\" encoding=\"UTF-7\"?><svg " + NS + "/>")).reason())
                .isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(rejection(write("html.svg", "<?xml version=\"1.0\"?><html><svg " + NS + "/></html>")).reason())
                .isEqualTo(Reason.CORRUPT);
        assertThat(rejection(write("broken.svg", "<svg " + NS + " width=\"40\" height=\"30\"><rect></svg>")).reason())
                .isIn(Reason.CORRUPT);
        String padding = "<!--" + "x".repeat(SvgHeader.MAX_BYTES) + "-->";
        assertThat(rejection(write("padded.svg", "<svg " + NS + " width=\"4\" height=\"4\">" + padding + "</svg>")).reason())
                .isEqualTo(Reason.OVER_FILE_SIZE_LIMIT);
    }

    private int[] size(String svg) throws IOException {
        ImageInfo info = decoder.probe(write("size.svg", svg));
        return new int[] {info.width(), info.height()};
    }

    private ImageRejectedException rejection(Path file) {
        return catchThrowableOfType(ImageRejectedException.class,
                () -> decoder.decode(file, Limits.DEFAULT, DecodeOptions.DEFAULT));
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
