package io.mediadesk.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Signed URLs against the spec's 6.3 vectors (key {@code dummy-key}, no expiry). */
class SignedUrlTest extends SandboxTestBase {

    @Override
    protected SandboxOptions options() {
        return SandboxOptions.defaults().withPrivateKey("dummy-key");
    }

    @BeforeEach
    void uploadTheVectorsFile() {
        calls.upload("future-search.png", TestImages.png(600, 400), Map.of("folder", "sdk-testing-files", "useUniqueFileName", "false"));
    }

    private String at(String remainder) {
        return sandbox.urlEndpoint() + "/" + remainder;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sdk-testing-files/future-search.png?ik-s=32dbbbfc5f945c0403c71b54c38e76896ef2d6b0",
        "sdk-testing-files/future-search.png?version=2.0&tr=w-300,h-200&ik-s=601d97a7834b7554f4dabf0d3fc3a219ceeb6b31",
        "sdk-testing-files/future-search.png?cache=false&version=1.0&ik-s=03767bb6f0898c04e42f65714af65d937c696d66"})
    void theSpecsVectorsVerify(String remainder) {
        assertThat(calls.fetch(at(remainder)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sdk-testing-files/future-search.png?ik-s=32dbbbfc5f945c0403c71b54c38e76896ef2d6b1",
        "sdk-testing-files/future-search.png?version=2.0&tr=w-301,h-200&ik-s=601d97a7834b7554f4dabf0d3fc3a219ceeb6b31",
        "sdk-testing-files/future-search.png?version=1.0&cache=false&ik-s=03767bb6f0898c04e42f65714af65d937c696d66",
        "sdk-testing-files/future-search.png?ik-t=9999999999&ik-s=32dbbbfc5f945c0403c71b54c38e76896ef2d6b0x"})
    void anAlteredUrlIs401(String remainder) {
        assertThat(calls.fetch(at(remainder)).status()).isEqualTo(401);
    }

    @Test
    void anExpiringUrlWorksUntilItsTimeAndNotAfter() {
        long future = System.currentTimeMillis() / 1000 + 600;
        String path = "tr:w-40/sdk-testing-files/future-search.png";
        String good = at(path + "?ik-t=" + future + "&ik-s=" + Hmac.sha1Hex("dummy-key", path + future));
        long past = System.currentTimeMillis() / 1000 - 10;
        String expired = at(path + "?ik-t=" + past + "&ik-s=" + Hmac.sha1Hex("dummy-key", path + past));

        assertThat(calls.fetch(good).status()).isEqualTo(200);
        Calls.Answer answer = calls.fetch(expired);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("message").asText()).contains("expired");
    }

    @Test
    void aPrivateFileNeedsASignatureExceptThroughNamedTransformations() {
        calls.upload("secret.png", TestImages.png(50, 50), Map.of("useUniqueFileName", "false", "isPrivateFile", "true"));
        calls.call("POST", "/v1/named-transformations", Map.of("name", "tiny", "transformation", "w-10"));

        assertThat(calls.fetch(at("secret.png")).status()).isEqualTo(401);
        assertThat(calls.fetch(at("tr:w-20/secret.png")).status()).isEqualTo(401);
        assertThat(calls.fetch(at("tr:n-tiny/secret.png")).status()).isEqualTo(200);
        String signature = Hmac.sha1Hex("dummy-key", "secret.png" + UrlSignature.NEVER);
        assertThat(calls.fetch(at("secret.png?ik-s=" + signature)).status()).isEqualTo(200);
    }
}
