package io.mediadesk.library.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.fixture.Corpus;
import io.mediadesk.library.fixture.MongoTestServer;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.store.sqlite.SqliteCatalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an import (reliability.md #44): a child JVM imports many files and is
 * killed after some of them. The library must reopen with a sound catalog, every asset must have
 * its whole original, no partly written file may sit under a final name, and a rerun must finish
 * the job without duplicating anything.
 */
class ImportCrashTest {
    private static final int FILES = 240;
    private static final int KILL_AFTER = 25;

    @TempDir
    Path tmp;

    @Test
    void anImportKilledMidwayLeavesASoundLibraryAndARerunFinishesIt() throws Exception {
        Path src = tmp.resolve("src");
        for (int i = 0; i < FILES; i++) {
            Corpus.jpegVariant("afl_not_kitty.jpg", src.resolve("k" + String.format("%03d", i) + ".jpg"), "variant " + i);
        }
        Path lib = tmp.resolve("lib");
        killMidway(lib, src, List.of());

        try (Library library = Library.open(lib, Optional.empty())) {
            assertThat(((SqliteCatalog) library.catalog()).integrityCheck()).isEqualTo("ok");
            List<Asset> assets = library.assets().search(AssetQuery.of(Query.ALL)).items();
            assertThat(assets.size()).as("the child was killed before it finished").isBetween(KILL_AFTER, FILES - 1);
            OriginalStore originals = new OriginalStore(lib);
            for (Asset a : assets) {
                Path original = originals.pathFor(a.contentHash(), a.format());
                assertThat(original).isRegularFile();
                assertThat(Corpus.sha256(original)).isEqualTo(a.contentHash());
            }
            assertEveryFinalNameHoldsItsWholeContent(lib.resolve("originals"));

            try (Importer importer = new Importer(library, Clock.systemUTC())) {
                ImportReport rerun = importer.run(List.of(src), ImportOptions.DEFAULT, ImportProgress.NONE, new Cancellation());
                assertThat(rerun.count(ImportItem.Status.FAILED)).isZero();
                assertThat(rerun.count(ImportItem.Status.DUPLICATE)).isEqualTo(assets.size());
            }
            assertThat(library.catalog().countAssets()).isEqualTo(FILES);
            assertThat(((SqliteCatalog) library.catalog()).integrityCheck()).isEqualTo("ok");
        }
        try (Stream<Path> files = Files.walk(lib.resolve("originals"))) {
            assertThat(files.filter(OriginalStore::isTemporary).toList()).as("temp files swept").isEmpty();
        }
    }

    /**
     * The same kill on a team catalog (MongoDB, originals in GridFS): every asset the catalog holds
     * has its whole original in GridFS, which a third machine with an empty folder proves by reading
     * each one back (hash checked); a rerun on the killed machine finishes the job.
     */
    @Test
    void anImportOnATeamCatalogKilledMidwayHasEveryCatalogedOriginalInGridFsAndARerunFinishesIt() throws Exception {
        int files = 60;
        Path src = tmp.resolve("src");
        for (int i = 0; i < files; i++) {
            Corpus.jpegVariant("afl_not_kitty.jpg", src.resolve("k" + String.format("%03d", i) + ".jpg"), "variant " + i);
        }
        try (MongoTestServer server = MongoTestServer.start()) {
            Optional<String> uri = Optional.of(server.uri("team"));
            Path lib = tmp.resolve("lib");
            killMidway(lib, src, List.of(uri.get()));

            int cataloged;
            try (Library other = Library.open(tmp.resolve("other-machine"), uri)) {
                List<Asset> assets = other.assets().search(AssetQuery.of(Query.ALL)).items();
                cataloged = assets.size();
                assertThat(cataloged).as("the child was killed before it finished").isBetween(KILL_AFTER, files - 1);
                for (Asset a : assets) {
                    Path original = other.originals().open(a);
                    assertThat(original).startsWith(other.folder());
                    assertThat(Corpus.sha256(original)).isEqualTo(a.contentHash());
                }
            }
            try (Library library = Library.open(lib, uri); Importer importer = new Importer(library, Clock.systemUTC())) {
                ImportReport rerun = importer.run(List.of(src), ImportOptions.DEFAULT.withThumbnails(false), ImportProgress.NONE,
                        new Cancellation());
                assertThat(rerun.count(ImportItem.Status.FAILED)).as(rerun.toString()).isZero();
                assertThat(rerun.count(ImportItem.Status.DUPLICATE)).isEqualTo(cataloged);
                assertThat(library.catalog().countAssets()).isEqualTo(files);
            }
            try (Library other = Library.open(tmp.resolve("other-machine"), uri)) {
                for (Asset a : other.assets().search(AssetQuery.of(Query.ALL).page(0, files)).items()) {
                    assertThat(Corpus.sha256(other.originals().open(a))).isEqualTo(a.contentHash());
                }
            }
        }
    }

    private static void killMidway(Path lib, Path src, List<String> more) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "-Djava.awt.headless=true",
                ImportChild.class.getName(), lib.toString(), src.toString()));
        command.addAll(more);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int done = 0;
            String line;
            while (done < KILL_AFTER && (line = out.readLine()) != null) {
                if (line.startsWith("done ")) done++;
            }
            child.destroyForcibly();
            assertThat(done).as("the child imported files before it was killed").isEqualTo(KILL_AFTER);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Each original's name is its SHA-256: a torn write would show as a mismatch. */
    private static void assertEveryFinalNameHoldsItsWholeContent(Path originals) throws Exception {
        try (Stream<Path> files = Files.walk(originals)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !OriginalStore.isTemporary(p)).toList()) {
                String name = p.getFileName().toString();
                assertThat(Corpus.sha256(p)).as(p.toString()).isEqualTo(name.substring(0, name.indexOf('.')));
            }
        }
    }
}
