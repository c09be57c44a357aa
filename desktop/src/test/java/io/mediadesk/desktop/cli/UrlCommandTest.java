package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.sync.credential.CredentialSource;
import io.mediadesk.sync.credential.PrivateKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code mediadesk url}: the URL forms, signing, and the usage errors around the key and endpoint. */
class UrlCommandTest {
    private static final String ENDPOINT = "https://ik.imagekit.io/demo";

    record Run(int code, String out, String err) {
    }

    static Run run(CredentialSource credentials, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MediadeskCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), credentials);
        return new Run(code, out.toString(StandardCharsets.UTF_8).strip(), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Optional::empty, args);
    }

    @Test
    void pathFormWithACanonicalTransformation() {
        Run r = run("url", "sample.jpg", "--tr", "tr:height-300,width-400:rotation-90", "--url-endpoint", ENDPOINT);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("https://ik.imagekit.io/demo/tr:w-400,h-300:rt-90/sample.jpg");
    }

    @Test
    void queryFormAsJson() throws Exception {
        Run r = run("--json", "url", "/a/b.png", "--tr", "w-300,h-200", "--query", "--url-endpoint", ENDPOINT);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("url").asText())
                .isEqualTo("https://ik.imagekit.io/demo/a/b.png?tr=w-300,h-200");
    }

    @Test
    void signedWithTheKeyFromTheEnvironmentMatchesTheSpecVector() {
        Run r = run(() -> Optional.of(PrivateKey.of("dummy-key")), "url", "sdk-testing-files/future-search.png", "--signed",
                "--url-endpoint", ENDPOINT);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).endsWith("future-search.png?ik-s=32dbbbfc5f945c0403c71b54c38e76896ef2d6b0");
    }

    @Test
    void expiresInAddsIkTAndImpliesSigning() {
        Run r = run(() -> Optional.of(PrivateKey.of("dummy-key")), "url", "a.jpg", "--expires-in", "600", "--url-endpoint", ENDPOINT);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("https://ik\\.imagekit\\.io/demo/a\\.jpg\\?ik-t=\\d{10}&ik-s=[0-9a-f]{40}");
    }

    @Test
    void withoutAnEndpointItIsAUsageErrorThatSaysWhatToPass() {
        Run r = run("url", "a.jpg");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("--url-endpoint");
    }

    @Test
    void aBadEndpointIsAUsageError() {
        Run r = run("url", "a.jpg", "--url-endpoint", "ik.imagekit.io/demo");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ");
    }

    @Test
    void signingWithoutAKeyIsAUsageErrorNamingTheVariable() {
        Run r = run("url", "a.jpg", "--signed", "--url-endpoint", ENDPOINT);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("MEDIADESK_PRIVATE_KEY");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anInvalidTransformationIsExitThree() {
        Run r = run("url", "a.jpg", "--tr", "w-abc", "--url-endpoint", ENDPOINT);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: ").contains("w-abc");
    }

    @Test
    void aNonPositiveExpiryIsAUsageError() {
        Run r = run(() -> Optional.of(PrivateKey.of("dummy-key")), "url", "a.jpg", "--expires-in", "0", "--url-endpoint", ENDPOINT);
        assertThat(r.code()).isEqualTo(2);
    }
}
