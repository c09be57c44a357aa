package io.mediadesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.desktop.cli.MediadeskCommand;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance line, over the whole corpus: {@code transform photo.jpg out.webp --tr
 * "w-400,h-300,fo-auto" --json} works on every good image and prints the true output size (read
 * back from the written file's header), and every bad file is refused with exit 4 and no output.
 */
class TransformCorpusTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void corpusIsThere() {
        assumeTrue(Corpus.present(), "the shared corpus is not beside the checkout: " + Corpus.ROOT);
    }

    record Run(int code, String out, String err) {
    }

    static Run mediadesk(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = MediadeskCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static Stream<Path> good() {
        return Corpus.present() ? Corpus.goodImages().stream() : Stream.empty();
    }

    static Stream<Path> bad() {
        return Corpus.present() ? Corpus.badImages().stream() : Stream.empty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("good")
    void everyCorpusImageRendersTo400x300WebpAndReportsItsTrueSize(Path input) throws IOException {
        Path target = out.resolve(input.getFileName() + ".webp");
        Run r = mediadesk("transform", input.toString(), target.toString(), "--tr", "w-400,h-300,fo-auto", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        ImageInfo written = new ImageProbe().probe(target);
        assertThat(json.get("width").asInt()).isEqualTo(written.width()).isEqualTo(400);
        assertThat(json.get("height").asInt()).isEqualTo(written.height()).isEqualTo(300);
        assertThat(json.get("format").asText()).isEqualTo("webp");
        assertThat(json.get("bytes").asLong()).isEqualTo(Files.size(target));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad")
    void everyBadFileIsRefusedWithExitFourAndLeavesNoOutput(Path input) throws IOException {
        Path target = out.resolve("bad-" + input.getFileName() + ".png");
        Run r = mediadesk("transform", input.toString(), target.toString(), "--tr", "w-200");
        if (input.getFileName().toString().equals("absurd_exif.jpg")) {
            // Its pixels are fine: the broken EXIF is ignored and it renders.
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(new ImageProbe().probe(target).width()).isEqualTo(200);
            return;
        }
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(4);
        assertThat(r.err()).startsWith("error: ").contains(input.toString());
        assertThat(r.err().lines().count()).isEqualTo(1);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("bad-" + input.getFileName()));
        }
    }

    @Test
    void anInvalidTransformationExitsThreeAndNamesTheParameterAndPosition() {
        Path input = Corpus.ROOT.resolve("afl_not_kitty_alpha.png");
        Run r = mediadesk("transform", input.toString(), out.resolve("x.png").toString(), "--tr", "w-400,qq-5");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: ").contains("qq").contains("6");
        assertThat(out.resolve("x.png")).doesNotExist();
    }

    @Test
    void aBatchRendersEveryInputAndRecordsEachFailureWithoutStopping() throws IOException {
        Path dir = out.resolve("batch");
        Run r = mediadesk("transform", "--tr", "w-64", "--out-dir", dir.toString(), "--threads", "2", "--json",
                Corpus.ROOT.resolve("afl_not_kitty.jpg").toString(),
                Corpus.ROOT.resolve("bad/empty.jpg").toString(),
                Corpus.ROOT.resolve("afl_not_kitty_alpha.png").toString(),
                Corpus.ROOT.resolve("afl_not_kitty.gif").toString());
        assertThat(r.code()).isEqualTo(4);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("ok").asInt()).isEqualTo(3);
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        assertThat(json.get("items").get(1).get("error").asText()).contains("empty.jpg");
        assertThat(json.get("items").get(0).get("output").asText()).endsWith("afl_not_kitty.jpg");
        assertThat(new ImageProbe().probe(Path.of(json.get("items").get(2).get("output").asText())).width()).isEqualTo(64);
        assertThat(r.err()).contains("[4/4]");
    }
}
