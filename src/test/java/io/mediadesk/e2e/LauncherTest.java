package io.mediadesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.library.Library;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as scripts use it: separate processes, stdout and stderr apart, exit codes. */
class LauncherTest {

    @TempDir
    Path tmp;

    @Test
    void versionPrintsAVersionAndExitsZero() throws Exception {
        Launcher.Result r = Launcher.run("--version");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("(?s)mediadesk \\d+\\.\\d+\\.\\d+\\R.*");
    }

    @Test
    void anUnknownCommandExitsTwoWithAnErrorLineOnStderr() throws Exception {
        Launcher.Result r = Launcher.run("no-such-command");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: ");
    }

    @Test
    void theLibraryIsCreatedOnFirstUseAndStdoutHoldsOnlyJson() throws Exception {
        Path library = tmp.resolve("first-run");
        Launcher.Result r = Launcher.run("--json", "library", "--library", library.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("path").asText()).isEqualTo(library.toString());
        assertThat(library.resolve("catalog.db")).isRegularFile();
        assertThat(library.resolve("logs").resolve("mediadesk.log")).isRegularFile();
    }

    @Test
    void aSecondProcessOnALibraryInUseIsRefusedWithExitSix() throws Exception {
        try (Library held = Library.open(tmp, Optional.empty())) {
            Launcher.Result r = Launcher.run("library", "--library", tmp.toString());
            assertThat(r.code()).isEqualTo(6);
            assertThat(r.err()).startsWith("error: ").contains("in use");
        }
        // Released by this process: the next run gets in.
        assertThat(Launcher.run("library", "--library", tmp.toString()).code()).isZero();
    }
}
