package io.mediadesk.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The start-up trace: the launcher's start as bash gives it, and the milestone lines. */
class StartupTraceTest {

    @Test
    void readsEpochRealtimeWithAPointOrAComma() {
        // 1764170000.123456 s = 2025-11-26T15:13:20.123456Z (1764170000 = 20418 days * 86400 + 54800 s).
        Instant expected = Instant.parse("2025-11-26T15:13:20.123456Z");
        assertThat(StartupTrace.launchedAt("1764170000.123456")).contains(expected);
        assertThat(StartupTrace.launchedAt("1764170000,123456")).contains(expected);
        assertThat(StartupTrace.launchedAt("")).isEmpty();
        assertThat(StartupTrace.launchedAt(null)).isEmpty();
        assertThat(StartupTrace.launchedAt("soon")).isEmpty();
    }

    @Test
    void aMarkIsOneLineWithTheMillisecondsSinceTheStartAndNothingWhenOff() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        new StartupTrace(new PrintStream(out, true, StandardCharsets.UTF_8), start).at("shown", start.plusMillis(1234));
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("startup: shown 1234 ms \\(CPU \\d+ ms\\)\\R");

        new StartupTrace(null, start).at("shown", start.plusMillis(1)); // off: no stream, no error
    }
}
