package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthAndRateLimitTest extends SandboxTestBase {

    @Test
    void aCallWithoutTheKeyIs401WithTheSpecsBody() {
        Calls.Answer answer = calls.withKey(null).get("/v1/files");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("message").asText()).isEqualTo("Your request does not contain private API key.");
        assertThat(answer.json().get("help").asText()).contains("support@imagekit.io");
        assertThat(answer.header("x-ik-requestId")).isNotBlank();
    }

    @Test
    void aCallWithAWrongKeyIs401() {
        assertThat(calls.withKey("private_wrong").get("/v1/files").status()).isEqualTo(401);
        assertThat(calls.withKey(null).upload("a.txt", new byte[] {1}, Map.of()).status()).isEqualTo(401);
        assertThat(sandbox.files()).isEmpty();
    }

    @Test
    void theKeyWithoutItsTrailingColonIsRefused() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString(sandbox.privateKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Calls.Answer answer = calls.withKey(null).send(calls.withKey(null).request(sandbox.apiBase() + "/v1/files").header("Authorization", header).GET());

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void generatedKeysHaveTheSpecsPrefixes() {
        assertThat(sandbox.privateKey()).startsWith("private_");
        assertThat(sandbox.publicKey()).startsWith("public_");
    }

    @Test
    void everyApiAnswerCarriesTheRateLimitHeadersInMilliseconds() {
        Calls.Answer answer = calls.get("/v1/files");

        assertThat(answer.header("X-RateLimit-Limit")).isEqualTo("10000");
        assertThat(answer.header("X-RateLimit-Interval")).isEqualTo("1000");
        assertThat(Long.parseLong(answer.header("X-RateLimit-Reset"))).isBetween(0L, 1000L);
    }

    @Test
    void callsOverTheLimitAre429UntilTheWindowResets() throws Exception {
        sandbox.rateLimit(2, Duration.ofMillis(3000));
        calls.get("/v1/files");
        calls.get("/v1/files");

        Calls.Answer limited = calls.get("/v1/files");
        assertThat(limited.status()).isEqualTo(429);
        long reset = Long.parseLong(limited.header("X-RateLimit-Reset"));
        assertThat(reset).isBetween(1L, 3000L);

        Thread.sleep(reset + 20);
        assertThat(calls.get("/v1/files").status()).isEqualTo(200);
    }

    @Test
    void uploadsAreNotRateLimited() {
        sandbox.rateLimit(1, Duration.ofMinutes(1));
        calls.get("/v1/files");

        Calls.Answer upload = calls.upload("a.txt", new byte[] {1}, Map.of());

        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.header("X-RateLimit-Limit")).isNull();
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405() {
        assertThat(calls.get("/v1/nothing-here").status()).isEqualTo(404);
        assertThat(calls.call("PUT", "/v1/files", Map.of()).status()).isEqualTo(405);
    }

    @Test
    void aMalformedJsonBodyIs400() {
        Calls.Answer answer = calls.send(calls.request(sandbox.apiBase() + "/v1/files/addTags")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{not json")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("not valid JSON");
    }
}
