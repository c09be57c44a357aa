package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every fault kind, observed from the client's side with a plain JDK HttpClient. */
class FaultTest extends SandboxTestBase {

    private HttpRequest.Builder uploadRequest(String fileName, int bytes) {
        byte[] body = new Multipart().field("fileName", fileName).field("useUniqueFileName", "false")
                .file("file", fileName, new byte[bytes]).build();
        return calls.request(sandbox.uploadBase() + "/api/v1/files/upload").header("Content-Type", Multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void aServerErrorOnceFailsOneCallThenTheFamilyWorks(int status) {
        sandbox.faults().once(Family.FILES, Fault.status(status));

        Calls.Answer failed = calls.get("/v1/files");
        assertThat(failed.status()).isEqualTo(status);
        assertThat(failed.json().get("message").asText()).isNotBlank();
        assertThat(calls.get("/v1/files").status()).isEqualTo(200);
        assertThat(sandbox.faults().fired(Family.FILES)).isEqualTo(1);
    }

    @Test
    void aServerErrorNTimesFailsExactlyNCalls() {
        sandbox.faults().times(Family.FILES, Fault.status(503), 2);

        assertThat(calls.get("/v1/files").status()).isEqualTo(503);
        assertThat(calls.get("/v1/files").status()).isEqualTo(503);
        assertThat(calls.get("/v1/files").status()).isEqualTo(200);
    }

    @Test
    void aServerErrorForeverLastsUntilCleared() {
        sandbox.faults().always(Family.FILES, Fault.status(502));

        for (int i = 0; i < 5; i++) {
            assertThat(calls.get("/v1/files").status()).isEqualTo(502);
        }
        sandbox.faults().clear();
        assertThat(calls.get("/v1/files").status()).isEqualTo(200);
    }

    @Test
    void faultsAreScopedToTheirFamily() {
        sandbox.faults().always(Family.FILES, Fault.status(500));

        assertThat(calls.get("/v1/customMetadataFields").status()).isEqualTo(200);
        assertThat(calls.upload("a.txt", new byte[] {1}, Map.of()).status()).isEqualTo(200);
        assertThat(calls.get("/v1/files").status()).isEqualTo(500);
    }

    @Test
    void a429CanSayRetryAfterInSeconds() {
        sandbox.faults().once(Family.PURGE, Fault.retryAfterSeconds(30));

        Calls.Answer answer = calls.get("/v1/files/purge/x");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("Retry-After")).isEqualTo("30");
    }

    @Test
    void a429CanSayRetryAfterAsAnHttpDate() {
        Instant at = Instant.parse("2030-01-02T03:04:05Z");
        sandbox.faults().once(Family.FILES, Fault.retryAfterDate(at));

        String header = calls.get("/v1/files").header("Retry-After");

        assertThat(ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(at);
    }

    @Test
    void a429CanSayTheServicesRateLimitResetInMilliseconds() {
        sandbox.faults().once(Family.FILES, Fault.rateLimitResetMillis(1500, 40, 1000));

        Calls.Answer answer = calls.get("/v1/files");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.header("X-RateLimit-Reset")).isEqualTo("1500");
        assertThat(answer.header("X-RateLimit-Limit")).isEqualTo("40");
        assertThat(answer.header("X-RateLimit-Interval")).isEqualTo("1000");
        assertThat(answer.header("Retry-After")).isNull();
    }

    @Test
    void aDroppedConnectionMidUploadIsAnIoExceptionAndStoresNothing() {
        sandbox.faults().once(Family.UPLOAD, Fault.dropConnectionAfter(1000));

        assertThatThrownBy(() -> calls.sendOrThrow(uploadRequest("big.bin", 2_000_000))).isInstanceOf(IOException.class);

        assertThat(sandbox.files()).isEmpty();
        assertThat(calls.send(uploadRequest("big.bin", 2_000_000)).status()).isEqualTo(200);
        assertThat(sandbox.files()).hasSize(1);
    }

    @Test
    void aResponseLostAfterCommitLeavesExactlyOneFile() {
        sandbox.faults().once(Family.UPLOAD, Fault.loseResponseAfterCommit());

        assertThatThrownBy(() -> calls.sendOrThrow(uploadRequest("once.bin", 5000))).isInstanceOf(IOException.class);

        assertThat(sandbox.files()).extracting(FileSnapshot::filePath).containsExactly("/once.bin");
        assertThat(sandbox.requests()).last().satisfies(r -> {
            assertThat(r.status()).isEqualTo(-1);
            assertThat(r.fault()).isEqualTo("LoseResponse");
        });
    }

    @Test
    void aSlowResponseArrivesAfterTheDelay() {
        sandbox.faults().once(Family.DELIVERY, Fault.delay(Duration.ofMillis(300)));
        String url = calls.upload("s.txt", new byte[] {1}, Map.of("useUniqueFileName", "false")).json().get("url").asText();

        long start = System.nanoTime();
        Calls.Answer answer = calls.fetch(url);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theRequestLogShowsWhatEachCallGot() {
        sandbox.faults().once(Family.FILES, Fault.status(500));
        calls.get("/v1/files");
        calls.get("/v1/files");

        assertThat(sandbox.requests()).extracting(RequestRecord::status).containsExactly(500, 200);
        assertThat(sandbox.requests()).extracting(RequestRecord::family).containsOnly(Family.FILES);
    }
}
