package io.mediadesk.sync.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test images beside the checkout ({@code ../shared/corpus}, or {@code -Dmediadesk.shared}); tests skip without them. */
final class Corpus {
    private Corpus() {
    }

    static Path file(String name) {
        String shared = System.getProperty("mediadesk.shared");
        Path root = shared != null ? Path.of(shared, "corpus") : Path.of("..", "..", "shared", "corpus");
        Path file = root.resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared corpus file not found: " + file.toAbsolutePath());
        return file;
    }
}
