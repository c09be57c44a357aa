package io.mediadesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive: made by the first run, refused by the JVM once a jar it
 * recorded has changed, and then (silently, the command's output untouched) made again. Runs
 * on a copy of the launcher, the jar and its lib/ folder, so the build's own archive is left alone.
 */
class ClassDataArchiveTest {

    @TempDir
    Path root;

    @Test
    void aRefusedArchiveFallsBackSilentlyAndIsMadeAgain() throws Exception {
        Path target = Files.createDirectories(root.resolve("desktop/target"));
        Path built = Launcher.REPO.resolve("desktop/target");
        Files.copy(Launcher.REPO.resolve("mediadesk"), root.resolve("mediadesk"));
        Files.copy(built.resolve("mediadesk.jar"), target.resolve("mediadesk.jar"));
        Files.createDirectories(target.resolve("lib"));
        try (Stream<Path> jars = Files.list(built.resolve("lib"))) {
            for (Path jar : jars.toList()) Files.copy(jar, target.resolve("lib").resolve(jar.getFileName()));
        }
        Path jsa = target.resolve("mediadesk.jsa");
        Path log = target.resolve("mediadesk.jsa.log");

        Launcher.Result first = run("--version");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(jsa).isRegularFile(); // recorded by the first command
        Launcher.Result mapped = run("--version");
        assertThat(mapped.code()).isZero();
        assertThat(mapped.err()).isEmpty();
        assertThat(log).isEmptyFile(); // mapped without a word

        // A jar the archive recorded changes under it (as after an update of one library): the JVM
        // refuses the archive; the command runs all the same and says nothing about it.
        Path picocli = onlyJar(target.resolve("lib"), "picocli-");
        Files.setLastModifiedTime(picocli, FileTime.from(Instant.now().plusSeconds(5)));
        Launcher.Result refused = run("--version");
        assertThat(refused.code()).isZero();
        assertThat(refused.out()).isEqualTo(first.out());
        assertThat(refused.err()).isEmpty();
        assertThat(Files.readString(log)).contains("warning");

        // The next run drops it and records a new one, which the run after maps again.
        Launcher.Result remade = run("--version");
        assertThat(remade.code()).isZero();
        assertThat(remade.err()).isEmpty();
        assertThat(jsa).isRegularFile();
        assertThat(log).doesNotExist();
        Launcher.Result again = run("--version");
        assertThat(again.err()).isEmpty();
        assertThat(log).isEmptyFile();
    }

    private static Path onlyJar(Path lib, String prefix) throws IOException {
        try (Stream<Path> jars = Files.list(lib)) {
            List<Path> found = jars.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    private Launcher.Result run(String... args) throws IOException, InterruptedException {
        return Launcher.runScript(root.resolve("mediadesk"), java.util.Map.of(), args);
    }
}
