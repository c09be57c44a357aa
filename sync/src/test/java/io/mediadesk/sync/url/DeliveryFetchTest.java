package io.mediadesk.sync.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.sandbox.Family;
import io.mediadesk.sync.sandbox.Fault;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SeedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching delivery URLs from the stand-in: bytes as served, HTTP errors as answers, time and size limits. */
class DeliveryFetchTest {
    private static final byte[] CONTENT = "not an image, served as is".getBytes(StandardCharsets.US_ASCII);
    private Sandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start();
        sandbox.seed(Stream.of(SeedFile.of("/docs", "note.txt", CONTENT)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void servesTheStoredBytes() throws IOException {
        DeliveryFetch.Served served = DeliveryFetch.withTimeout(Duration.ofSeconds(5))
                .get(DeliveryUrls.of(sandbox.urlEndpoint()).path("docs/note.txt").build());
        assertThat(served.ok()).isTrue();
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(CONTENT);
    }

    @Test
    void aMissingFileIsA404AnswerWithTheCdnsReason() throws IOException {
        DeliveryFetch.Served served = DeliveryFetch.withTimeout(Duration.ofSeconds(5))
                .get(DeliveryUrls.of(sandbox.urlEndpoint()).path("docs/missing.jpg").transformation("w-10").build());
        assertThat(served.ok()).isFalse();
        assertThat(served.status()).isEqualTo(404);
        assertThat(served.ikError()).startsWith("ENOENT");
    }

    @Test
    void aSlowAnswerRunsOutOfTime() {
        sandbox.faults().always(Family.DELIVERY, Fault.delay(Duration.ofSeconds(3)));
        String url = DeliveryUrls.of(sandbox.urlEndpoint()).path("docs/note.txt").build();
        long started = System.nanoTime();
        assertThatThrownBy(() -> DeliveryFetch.withTimeout(Duration.ofMillis(300)).get(url)).isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anAnswerOverTheCapIsRefused() {
        String url = DeliveryUrls.of(sandbox.urlEndpoint()).path("docs/note.txt").build();
        assertThatThrownBy(() -> DeliveryFetch.withLimits(Duration.ofSeconds(5), 10).get(url))
                .isInstanceOf(IOException.class).hasMessageContaining("larger than 10 bytes");
    }
}
