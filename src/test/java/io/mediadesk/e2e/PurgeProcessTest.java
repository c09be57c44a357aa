package io.mediadesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mediadesk purge --wait URL} as a real process against {@code ./mediadesk sandbox} as
 * another: the key travels in the environment only, the answer is the contract's JSON, and the
 * request is Completed (the sandbox reports a purge done five seconds after it was made).
 */
class PurgeProcessTest {
    @TempDir
    Path sandboxLibrary;

    @TempDir
    Path library;

    @Test
    void purgeWaitAgainstASandboxProcess() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", Launcher.REPO.resolve("mediadesk").toString(),
                "sandbox", "--json", "--port", "0", "--library", sandboxLibrary.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MEDIADESK_NO_BUILD", "1");
        Process sandbox = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            JsonNode info = new ObjectMapper().readTree(CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS));
            String url = info.get("urlEndpoint").asText() + "/products/shoe.jpg";

            Launcher.Result r = Launcher.run(Map.of("MEDIADESK_PRIVATE_KEY", info.get("privateKey").asText()),
                    "purge", "--wait", url, "--json", "--api-base", info.get("apiBase").asText(), "--library", library.toString());

            assertThat(r.code()).as(r.err()).isZero();
            JsonNode request = new ObjectMapper().readTree(r.out()).get("requests").get(0);
            assertThat(request.get("url").asText()).isEqualTo(url);
            assertThat(request.get("requestId").asText()).isNotBlank();
            assertThat(request.get("status").asText()).isEqualTo("Completed");
            assertThat(r.err()).contains("1 completed").doesNotContain(info.get("privateKey").asText());
        } finally {
            sandbox.destroy();
            sandbox.waitFor(30, TimeUnit.SECONDS);
            sandbox.destroyForcibly();
        }
    }

    @Test
    void withoutAKeyItIsAUsageError() throws Exception {
        Launcher.Result r = Launcher.run("purge", "https://ik.imagekit.io/demo/a.jpg", "--library", library.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("MEDIADESK_PRIVATE_KEY");
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
