package io.mediadesk.desktop.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A canary private key is logged through every path we can think of; it must appear in no log
 * file, in no form. The redaction marker must appear, which proves the lines were written.
 */
class RedactionCanaryTest {
    private static final String CANARY = "canaryKey_7f3a9c1e5b2d";
    private static final String CANARY_BASIC = Base64.getEncoder().encodeToString((CANARY + ":").getBytes(StandardCharsets.UTF_8));
    private static final String UNREGISTERED_KEY = "private_Zk3vQ8pL2mN7xR4t";

    @TempDir
    Path logs;

    @AfterEach
    void stopLogging() {
        LogSetup.stop();
        MDC.clear();
    }

    @Test
    void aRegisteredKeyNeverReachesALogFile() throws IOException {
        Redactor.registerSecret(CANARY);
        LogSetup.toFolder(logs);
        Logger log = LoggerFactory.getLogger("canary.test");

        log.info("plain message with " + CANARY);
        log.info("argument {}", CANARY);
        log.warn("two arguments {} and {}", "x", CANARY);
        log.error("failure", new IllegalStateException("key was " + CANARY, new RuntimeException("cause " + CANARY)));
        log.info("header Authorization: Basic {}", CANARY_BASIC);
        log.info("encoded only {}", CANARY_BASIC);
        MDC.put("key", CANARY);
        log.info("with MDC");
        java.util.logging.Logger.getLogger("canary.jul").severe("through java.util.logging " + CANARY);
        log.info("unregistered ImageKit key {}", UNREGISTERED_KEY);
        log.info("signed url https://ik.imagekit.io/demo/a.jpg?ik-t=9999999999&ik-s=32dbbbfc5f945c0403c71b54c38e76896ef2d6b0");
        log.info("env MEDIADESK_PRIVATE_KEY={}", "someOtherValue123");
        LogSetup.stop();

        String all = readAll(logs);
        assertThat(all).contains(Redactor.MASK, "through java.util.logging", "with MDC", "cause");
        assertThat(all).doesNotContain(CANARY, CANARY_BASIC, UNREGISTERED_KEY, "32dbbbfc5f945c04", "someOtherValue123");
    }

    @Test
    void shortOrMissingSecretsAreNotRegisteredSoOrdinaryWordsSurvive() {
        Redactor.registerSecret(null);
        Redactor.registerSecret("abc");
        assertThat(Redactor.redact("abc def")).isEqualTo("abc def");
    }

    @Test
    void redactionLeavesOrdinaryTextAlone() {
        String text = "opened library /home/ana/mediadesk (SQLite catalog.db) in 12 ms";
        assertThat(Redactor.redact(text)).isEqualTo(text);
    }

    private static String readAll(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                sb.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }
}
