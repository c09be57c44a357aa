package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mediadesk sandbox} in-process: it prints first, serves, and stops when its thread is interrupted. */
class SandboxCommandTest {
    @TempDir
    Path library;

    /** A sandbox command running on its own thread, with its stdout readable line by line. */
    private static final class Running implements AutoCloseable {
        final Thread thread;
        final BufferedReader out;
        final CompletableFuture<Integer> code = new CompletableFuture<>();

        Running(String... args) throws IOException {
            PipedInputStream in = new PipedInputStream(64 * 1024);
            PrintStream stdout = new PrintStream(new PipedOutputStream(in), true, StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            thread = new Thread(() -> {
                code.complete(MediadeskCommand.run(args, stdout, stderr));
                stdout.close();
            }, "sandbox-command-test");
            thread.start();
        }

        @Override
        public void close() throws Exception {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    private static int get(String url, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void itPrintsItsJsonFirstServesAndStopsOnRequest() throws Exception {
        JsonNode json;
        try (Running sandbox = new Running("sandbox", "--json", "--library", library.toString())) {
            json = new ObjectMapper().readTree(sandbox.out.readLine());
            assertThat(json.fieldNames()).toIterable().containsExactly("apiBase", "uploadBase", "urlEndpoint", "privateKey");
            assertThat(json.get("apiBase").asText()).startsWith("http://127.0.0.1:");
            assertThat(json.get("urlEndpoint").asText()).isEqualTo(json.get("apiBase").asText() + "/ik");
            assertThat(json.get("privateKey").asText()).startsWith("private_");
            assertThat(get(json.get("apiBase").asText() + "/v1/files", json.get("privateKey").asText())).isEqualTo(200);

            sandbox.thread.interrupt();
            assertThat(sandbox.code.get(10, TimeUnit.SECONDS)).isZero();
        }
        assertThat(Files.isRegularFile(library.resolve("sandbox").resolve("state.json"))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(json.get("apiBase").asText() + "/v1/files", "k"))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void withoutJsonItPrintsReadableLinesAndTheDataFolder() throws Exception {
        try (Running sandbox = new Running("sandbox", "--library", library.toString())) {
            assertThat(sandbox.out.readLine()).startsWith("sandbox listening on 127.0.0.1:");
            assertThat(sandbox.out.readLine()).startsWith("apiBase      http://127.0.0.1:");
            sandbox.out.readLine();
            sandbox.out.readLine();
            assertThat(sandbox.out.readLine()).startsWith("privateKey   private_").contains("throwaway");
            assertThat(sandbox.out.readLine()).isEqualTo("data         " + library.resolve("sandbox"));
        }
    }

    @Test
    void aSecondSandboxOnTheSameLibraryIsRefusedWithExitSix() throws Exception {
        try (Running first = new Running("sandbox", "--json", "--library", library.toString())) {
            first.out.readLine();

            MediadeskCommandTest.Run second = MediadeskCommandTest.run("sandbox", "--library", library.toString());

            assertThat(second.code()).isEqualTo(6);
            assertThat(second.err()).startsWith("error: ").contains("in use");
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        MediadeskCommandTest.Run r = MediadeskCommandTest.run("sandbox", "--port", "70000", "--library", library.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ");
    }
}
