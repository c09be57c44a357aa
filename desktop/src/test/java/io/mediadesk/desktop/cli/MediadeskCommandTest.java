package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.library.Library;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, error lines and JSON of the contract. */
class MediadeskCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MediadeskCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheAppVersionWithoutSnapshot() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("mediadesk ").doesNotContain("SNAPSHOT").doesNotContain("${");
    }

    @Test
    void helpListsTheCommandsThatWorkAndTheExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("library", "--library", "--library-uri", "--json", "Exit codes:");
    }

    @Test
    void helpListsEveryCommandOfTheContractUnderCommands() {
        // ../shared/spec/cli.md's commands (the window's arguments build the command line without
        // them; --help must still see them all).
        Run r = run("--help");
        String commands = r.out().substring(r.out().indexOf("Commands:"));
        for (String name : List.of("transform", "info", "import", "search", "tag", "delete", "restore", "library", "url",
                "sandbox", "sync", "purge", "presets", "searches", "rate", "label", "folder", "audit", "similar", "xmp",
                "versions", "replace")) {
            assertThat(commands).as(name).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void withoutACommandAnUnknownFlagOrAMissingValueIsStillAUsageError() {
        Run flag = run("--no-such-flag");
        assertThat(flag.code()).isEqualTo(2);
        assertThat(flag.err()).startsWith("error: ").contains("--no-such-flag");
        Run value = run("--library");
        assertThat(value.code()).isEqualTo(2);
        assertThat(value.err()).startsWith("error: ");
        assertThat(value.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithOneErrorLine() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("frobnicate");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        Run r = run("library", "--no-such-flag");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("--no-such-flag");
    }

    @Test
    void aMissingOptionValueIsAUsageError() {
        Run r = run("library", "--library");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ");
    }

    @Test
    void libraryCreatesTheLibraryAndReportsItAsJson() throws Exception {
        Path folder = tmp.resolve("lib");
        Run r = run("library", "--library", folder.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("path").asText()).isEqualTo(folder.toString());
        assertThat(json.get("catalog").asText()).isEqualTo("SQLite " + folder.resolve("catalog.db"));
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(6);
        assertThat(json.get("assets").asLong()).isZero();
    }

    @Test
    void globalOptionsMayStandBeforeOrAfterTheCommand() {
        Path folder = tmp.resolve("lib");
        Run before = run("--json", "--library", folder.toString(), "library");
        Run after = run("library", "--library", folder.toString(), "--json");
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.out()).isEqualTo(after.out()).startsWith("{");
    }

    @Test
    void aLibraryInUseIsRefusedWithExitSix() {
        try (Library held = Library.open(tmp, Optional.empty())) {
            Run r = run("library", "--library", tmp.toString());
            assertThat(r.code()).isEqualTo(6);
            assertThat(r.err()).startsWith("error: ").contains("in use").doesNotContain("\tat ");
            assertThat(r.err().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void errorMessagesAreFoldedIntoOneLine() {
        assertThat(MediadeskCommand.oneLine("first\n  second\r\nthird")).isEqualTo("first second third");
    }
}
