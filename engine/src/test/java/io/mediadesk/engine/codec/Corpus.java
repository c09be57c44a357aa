package io.mediadesk.engine.codec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The shared test corpus and its MANIFEST.tsv, read at test time; tests skip when it is absent. */
final class Corpus {
    /** One MANIFEST row; width/height are -1 when the manifest says "-". */
    record Entry(String file, long bytes, int width, int height, String format, int frames, String notes) {
        boolean expectsAlpha() {
            // The notes are silent about this one, but `identify -verbose` shows 5 of its 10 frames carry a
            // GIF transparent index (ImageMagick's frame optimisation), so a header does declare alpha.
            if (file.equals("anim_pan_Kleiber_320x180.gif")) return true;
            String n = notes.toLowerCase(Locale.ROOT);
            return n.contains("alpha") || n.contains("rgba") || n.contains("trns") || n.contains("transparen");
        }
    }

    private Corpus() {
    }

    static Path root() {
        String shared = System.getProperty("mediadesk.shared");
        Path root = shared != null ? Path.of(shared, "corpus") : Path.of("..", "..", "shared", "corpus");
        assumeTrue(Files.isRegularFile(root.resolve("MANIFEST.tsv")), "shared corpus not found at " + root.toAbsolutePath());
        return root;
    }

    static Path file(String name) {
        return root().resolve(name);
    }

    static List<Entry> manifest() {
        try (Stream<String> lines = Files.lines(root().resolve("MANIFEST.tsv"))) {
            return lines.skip(1).filter(l -> !l.isBlank()).map(Corpus::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry parse(String line) {
        String[] c = line.split("\t", -1);
        String format = c[4];
        int frames = 1;
        int paren = format.indexOf('(');
        if (paren > 0) {
            frames = Integer.parseInt(format.substring(paren + 1).replaceAll("\\D", ""));
            format = format.substring(0, paren);
        }
        return new Entry(c[0], Long.parseLong(c[1]), number(c[2]), number(c[3]), format, frames, c[5]);
    }

    private static int number(String cell) {
        return cell.equals("-") ? -1 : Integer.parseInt(cell);
    }
}
