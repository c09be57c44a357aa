package io.mediadesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./mediadesk sandbox} as a real process: JSON on the first line, serves, and SIGTERM stops it cleanly. */
class SandboxProcessTest {
    @TempDir
    Path library;

    @Test
    void theSandboxPrintsItsJsonFirstAndStopsCleanlyOnSigterm() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", Launcher.REPO.resolve("mediadesk").toString(),
                "sandbox", "--json", "--port", "0", "--library", library.toString()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MEDIADESK_NO_BUILD", "1");
        Process process = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
            JsonNode json = new ObjectMapper().readTree(first);
            String key = json.get("privateKey").asText();

            assertThat(upload(json.get("uploadBase").asText(), key)).isEqualTo(200);

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        } finally {
            process.destroyForcibly();
        }
        try (Sandbox again = Sandbox.start(SandboxOptions.defaults().withDataFolder(library.resolve("sandbox")))) {
            assertThat(again.file("/e2e.txt")).as("the upload survived the restart").isPresent();
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int upload(String base, String key) throws Exception {
        String boundary = "e2e-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fileName\"\r\n\r\ne2e.txt\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"useUniqueFileName\"\r\n\r\nfalse\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"e2e.txt\"\r\n\r\nhello\r\n"
                + "--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/files/upload")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
