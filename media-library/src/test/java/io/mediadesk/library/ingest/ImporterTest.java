package io.mediadesk.library.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.fixture.Corpus;
import io.mediadesk.library.ingest.ImportItem.Status;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

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

    private ImportReport run(Path... inputs) {
        return importer.run(List.of(inputs), ImportOptions.DEFAULT, ImportProgress.NONE, new Cancellation());
    }

    private Asset asset(ImportItem item) {
        return library.assets().find(item.id().orElseThrow()).orElseThrow();
    }

    @Test
    void aFolderIsImportedWithItsStructureSanitisedNamesAndTheFactsOfEachImage() throws Exception {
        Path src = tmp.resolve("src");
        Corpus.copy("orient_1.jpg", src.resolve("Summer 2024").resolve("beach photo.jpg"));
        Corpus.copy("afl_not_kitty_alpha.png", src.resolve("Summer 2024").resolve("sub").resolve("kitty.png"));
        Corpus.copy("afl_not_kitty.webp", src.resolve("logo.webp"));
        ImportReport report = run(src);
        assertThat(report.items()).extracting(ImportItem::status).containsOnly(Status.IMPORTED);
        assertThat(report.items()).extracting(i -> i.path().orElseThrow())
                .containsExactly("/src/Summer_2024/beach_photo.jpg", "/src/Summer_2024/sub/kitty.png", "/src/logo.webp");
        Asset beach = asset(report.items().get(0));
        assertThat(List.of(beach.width(), beach.height(), beach.orientation())).containsExactly(480, 720, 1);
        assertThat(beach.format()).isEqualTo("jpg");
        assertThat(beach.size()).isEqualTo(84723);
        assertThat(beach.contentHash()).isEqualTo(Corpus.sha256(src.resolve("Summer 2024").resolve("beach photo.jpg")));
        Asset kitty = asset(report.items().get(1));
        assertThat(kitty.hasAlpha()).isTrue();
        assertThat(kitty.format()).isEqualTo("png");
        assertThat(library.assets().folders()).extracting(f -> f.path().value())
                .containsExactly("/", "/src/", "/src/Summer_2024/", "/src/Summer_2024/sub/");
    }

    @Test
    void originalsAreStoredByContentHashAndThumbnailsMadeInBothSizes() throws Exception {
        Path jpg = Corpus.copy("orient_6.jpg", tmp.resolve("in").resolve("o6.jpg"));
        Path png = Corpus.copy("afl_not_kitty_alpha.png", tmp.resolve("in").resolve("k.png"));
        ImportReport report = run(jpg, png);
        String h = Corpus.sha256(jpg);
        Path original = library.folder().resolve("originals").resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h + ".jpg");
        assertThat(original).hasSameBinaryContentAs(jpg);
        assertThat(asset(report.items().get(0)).orientation()).isEqualTo(6);
        assertThat(library.folder().resolve("thumbnails/256/" + h.substring(0, 2) + "/" + h + ".jpg")).isRegularFile();
        assertThat(library.folder().resolve("thumbnails/1024/" + h.substring(0, 2) + "/" + h + ".jpg")).isRegularFile();
        String k = Corpus.sha256(png);
        // Alpha survives in the thumbnail: WebP, not JPEG.
        assertThat(library.folder().resolve("thumbnails/256/" + k.substring(0, 2) + "/" + k + ".webp")).isRegularFile();
        assertThat(report.items()).allSatisfy(i -> assertThat(i.warnings()).isEmpty());
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void anSvgAndAnAnimatedGifImportWithStillThumbnails() throws Exception {
        Path svg = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"32\"><rect width=\"64\" height=\"32\" fill=\"red\"/></svg>");
        Path gif = Corpus.copy("wx_throbber_animated.gif", tmp.resolve("in").resolve("throbber.gif"));
        ImportReport report = run(svg, gif);
        assertThat(report.items()).extracting(ImportItem::status).containsOnly(Status.IMPORTED);
        Asset logo = asset(report.items().get(0));
        assertThat(List.of(logo.width(), logo.height())).containsExactly(64, 32);
        assertThat(logo.format()).isEqualTo("svg");
        String g = Corpus.sha256(gif);
        // Both have alpha, so WebP thumbnails; an animation's thumbnail is a still of frame 1 (no ANMF chunk).
        Path thumb = library.folder().resolve("thumbnails/256/" + g.substring(0, 2) + "/" + g + ".webp");
        assertThat(new String(Files.readAllBytes(thumb), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("ANMF");
        String l = Corpus.sha256(svg);
        assertThat(library.folder().resolve("thumbnails/256/" + l.substring(0, 2) + "/" + l + ".webp")).isRegularFile();
    }

    @Test
    void theSameBytesUnderTwoNamesMakeOneAssetAndOneDuplicate() throws Exception {
        Path a = Corpus.copy("afl_not_kitty.jpg", tmp.resolve("in").resolve("a.jpg"));
        Path b = Corpus.copy("afl_not_kitty.jpg", tmp.resolve("in").resolve("b.jpg"));
        ImportReport report = run(a, b);
        assertThat(report.items()).extracting(ImportItem::status).containsExactly(Status.IMPORTED, Status.DUPLICATE);
        assertThat(report.items().get(1).id()).isEqualTo(report.items().get(0).id());
        assertThat(report.items().get(1).path()).contains("/a.jpg");
        assertThat(library.catalog().countAssets()).isEqualTo(1);
        try (Stream<Path> files = Files.walk(library.folder().resolve("originals"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void badFilesAreRecordedWithTheirReasonWhileTheRestImports() throws Exception {
        ImportReport report = run(Corpus.file("bad/text_named.jpg"), Corpus.file("bad/empty.jpg"),
                Corpus.file("bad/bomb_50000x50000_rgba_header_only.png"), Corpus.file("bad/truncated_baseline.jpg"),
                Corpus.file("afl_not_kitty.gif"), tmp.resolve("missing.jpg"));
        assertThat(report.items()).extracting(ImportItem::status)
                .containsExactly(Status.FAILED, Status.FAILED, Status.FAILED, Status.FAILED, Status.IMPORTED, Status.FAILED);
        assertThat(report.items()).extracting(i -> i.reason().orElse("-"))
                .containsExactly("NOT_AN_IMAGE", "NOT_AN_IMAGE", "OVER_PIXEL_LIMIT", "TRUNCATED", "-", "MISSING");
        assertThat(report.items().get(0).error().orElseThrow()).contains("not an image");
        assertThat(library.catalog().countAssets()).isEqualTo(1);
        try (Stream<Path> files = Files.walk(library.folder().resolve("originals"))) {
            assertThat(files.filter(Files::isRegularFile).count()).as("rejected files are never stored").isEqualTo(1);
        }
    }

    @Test
    void twoDifferentFilesWithOneNameInOneFolderAreNumbered() throws Exception {
        Path first = Corpus.copy("afl_not_kitty.jpg", tmp.resolve("one").resolve("x.jpg"));
        Path second = Corpus.copy("orient_1.jpg", tmp.resolve("two").resolve("x.jpg"));
        ImportReport report = run(first, second);
        assertThat(report.items()).extracting(i -> i.path().orElseThrow()).containsExactly("/x.jpg", "/x_2.jpg");
    }

    @Test
    void theSamePictureRotatedIsFlaggedAsANearDuplicate() throws Exception {
        ImportReport report = run(Corpus.file("orient_1.jpg"), Corpus.file("orient_6.jpg"), Corpus.file("Dragonfly_by_Bolly.jpg"));
        AssetId upright = report.items().get(0).id().orElseThrow();
        assertThat(report.items().get(1).similar()).containsOnlyKeys(upright);
        assertThat(report.items().get(2).similar()).isEmpty();
        assertThat(library.assets().similar(upright)).containsOnlyKeys(report.items().get(1).id().orElseThrow());
    }

    @Test
    void cameraAndDateComeFromExifAndKeywordsBecomeTags() throws Exception {
        Path tagged = tmp.resolve("in").resolve("tagged.jpg");
        Files.createDirectories(tagged.getParent());
        Files.write(tagged, XmpJpeg.withSubjects(Files.readAllBytes(Corpus.file("afl_not_kitty.jpg")), "beach", "summer,sale", "été"));
        ImportReport report = run(Corpus.file("Elephants_5640x3172.jpg"), tagged);
        Asset elephants = asset(report.items().get(0));
        assertThat(elephants.embedded().camera()).contains("SONY DSC-RX100M4");
        assertThat(elephants.embedded().dateTimeOriginal()).contains(Instant.parse("2020-02-19T16:35:05Z"));
        Asset t = asset(report.items().get(1));
        assertThat(t.embedded().keywords()).containsExactly("beach", "summer,sale", "été");
        assertThat(t.tags()).containsExactly(Tag.of("beach"), Tag.of("été"));
    }

    @Test
    void aRerunReportsEverythingAsDuplicatesAndAddsNothing() throws Exception {
        Path src = tmp.resolve("src");
        Corpus.copy("afl_not_kitty.jpg", src.resolve("a.jpg"));
        Corpus.copy("afl_not_kitty_gamma.png", src.resolve("b.png"));
        run(src);
        ImportReport again = run(src);
        assertThat(again.items()).extracting(ImportItem::status).containsOnly(Status.DUPLICATE);
        assertThat(library.assets().search(AssetQuery.of(Query.ALL)).items()).hasSize(2);
    }

    @Test
    void progressIsReportedPerFileAndCancellationStopsBetweenFiles() throws Exception {
        Path src = tmp.resolve("src");
        for (int i = 0; i < 5; i++) Corpus.jpegVariant("afl_not_kitty.jpg", src.resolve("k" + i + ".jpg"), "variant " + i);
        Cancellation cancel = new Cancellation();
        List<String> heard = new ArrayList<>();
        ImportReport report = importer.run(List.of(src), ImportOptions.DEFAULT.withThumbnails(false), new ImportProgress() {
            @Override
            public void started(int total) {
                heard.add("start " + total);
            }

            @Override
            public void finished(ImportItem item, int done, int total) {
                heard.add(done + "/" + total);
                if (done == 2) cancel.cancel();
            }
        }, cancel);
        assertThat(heard).containsExactly("start 5", "1/5", "2/5");
        assertThat(report.cancelled()).isTrue();
        assertThat(library.catalog().countAssets()).isEqualTo(2);
        assertThat(library.folder().resolve("thumbnails")).as("none asked for").doesNotExist();
    }

    @Test
    void tempFilesLeftByACrashAreSweptOnTheNextImport() throws Exception {
        Path leftover = library.folder().resolve("originals").resolve("ab").resolve("cd").resolve(".abcd.jpg123.tmp");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "half");
        run(Corpus.file("afl_not_kitty.jpg"));
        assertThat(leftover).doesNotExist();
    }

    private List<Path> tempFiles() throws Exception {
        try (Stream<Path> files = Files.walk(library.folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
