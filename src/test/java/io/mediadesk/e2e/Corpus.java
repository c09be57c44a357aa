package io.mediadesk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared test images beside the checkout (../shared/corpus), as CI lays them out. */
final class Corpus {
    static final Path ROOT = Path.of(System.getProperty("mediadesk.shared", Launcher.REPO.resolve("../shared").toString()))
            .resolve("corpus").toAbsolutePath().normalize();

    private Corpus() {
    }

    static boolean present() {
        return Files.isRegularFile(ROOT.resolve("MANIFEST.tsv"));
    }

    /** Every good image named in MANIFEST.tsv (the bad/ ones excluded). */
    static List<Path> goodImages() {
        try (Stream<String> lines = Files.lines(ROOT.resolve("MANIFEST.tsv"))) {
            return lines.skip(1).map(l -> l.split("\t")[0]).filter(n -> !n.startsWith("bad/")).map(ROOT::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> badImages() {
        try (Stream<Path> files = Files.list(ROOT.resolve("bad"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
