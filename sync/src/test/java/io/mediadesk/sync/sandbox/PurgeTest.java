package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PurgeTest extends SandboxTestBase {

    @Override
    protected SandboxOptions options() {
        return SandboxOptions.defaults().withPurgePending(2, Duration.ofMinutes(1)).withPurgeQuota(3);
    }

    private Calls.Answer purge(String url) {
        return calls.call("POST", "/v1/files/purge", Map.of("url", url));
    }

    @Test
    void aPurgeIsPendingForTheConfiguredPollsThenCompleted() {
        Calls.Answer submitted = purge(sandbox.urlEndpoint() + "/default-image.jpg");

        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().get("requestId").asText();
        assertThat(calls.get("/v1/files/purge/" + id).json().get("status").asText()).isEqualTo("Pending");
        assertThat(calls.get("/v1/files/purge/" + id).json().get("status").asText()).isEqualTo("Pending");
        assertThat(calls.get("/v1/files/purge/" + id).json().get("status").asText()).isEqualTo("Completed");
    }

    @Test
    void anUnknownRequestIdIs400() {
        Calls.Answer answer = calls.get("/v1/files/purge/nope");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).isEqualTo("No request found for this requestId.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "/images/upload*, 201",
        "/images*, 400",
        "/images/*, 400",
        "/a/b/*, 201",
        "/sample.jpg*, 201",
        "/a-very-long-prefix*, 201",
        "/folder/*/x.jpg, 400",
        "/a/b**, 400",
        "/media/catalog/*, 400",
        "/tr:w-100/images/a.jpg, 201"})
    void wildcardsFollowTheSpecsRules(String path, int status) {
        assertThat(purge(sandbox.urlEndpoint() + path).status()).isEqualTo(status);
    }

    @Test
    void urlsOfTheHostedEndpointShapeAreAcceptedToo() {
        assertThat(purge("https://ik.imagekit.io/demo/images/upload*").status()).isEqualTo(201);
        assertThat(purge("https://ik.imagekit.io/demo/images*").status()).isEqualTo(400);
        assertThat(purge("not a url").status()).isEqualTo(400);
    }

    @Test
    void theMonthlyQuotaRefusesFurtherPurges() {
        for (int i = 0; i < 3; i++) {
            assertThat(purge(sandbox.urlEndpoint() + "/f" + i + ".jpg").status()).isEqualTo(201);
        }

        Calls.Answer refused = purge(sandbox.urlEndpoint() + "/f4.jpg");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("reason").asText()).isEqualTo("PURGE_QUOTA_EXCEEDED");
    }

    @Test
    void aRenameOverTheQuotaIs207PurgeFailedButRenamesAllTheSame() {
        for (int i = 0; i < 3; i++) {
            purge(sandbox.urlEndpoint() + "/f" + i + ".jpg");
        }
        uploadText("/", "x.txt", "x");

        Calls.Answer answer = calls.call("PUT", "/v1/files/rename", Map.of("filePath", "/x.txt", "newFileName", "y.txt", "purgeCache", true));

        assertThat(answer.status()).isEqualTo(207);
        assertThat(answer.json().get("reason").asText()).isEqualTo("PURGE_FAILED");
        assertThat(sandbox.file("/y.txt")).isPresent();
    }

    @Test
    void aPurgeCompletesAfterItsTimeWhateverThePolls() throws Exception {
        sandbox.close();
        sandbox = Sandbox.start(SandboxOptions.defaults().withPurgePending(1000, Duration.ofMillis(150)));
        calls = new Calls(sandbox);
        String id = purge(sandbox.urlEndpoint() + "/a.jpg").json().get("requestId").asText();

        Thread.sleep(200);

        assertThat(calls.get("/v1/files/purge/" + id).json().get("status").asText()).isEqualTo("Completed");
    }
}
