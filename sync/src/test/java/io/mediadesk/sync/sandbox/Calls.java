package io.mediadesk.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A plain JDK HttpClient speaking to a sandbox the way the spec says a client must: Basic auth
 * with {@code key + ":"}, JSON bodies, multipart uploads. Deliberately not the project's client.
 */
final class Calls {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: status, headers, raw body and the body as JSON when it is JSON. */
    record Answer(int status, HttpHeaders headers, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String key;

    Calls(Sandbox sandbox) {
        this.sandbox = sandbox;
        this.key = sandbox.privateKey();
    }

    Calls withKey(String value) {
        Calls other = new Calls(sandbox);
        other.key = value;
        return other;
    }

    Answer get(String path) {
        return send(request(sandbox.apiBase() + path).GET());
    }

    Answer call(String method, String path, Object body) {
        try {
            byte[] json = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
            return send(request(sandbox.apiBase() + path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer upload(String fileName, byte[] bytes, Map<String, String> fields) {
        Multipart body = new Multipart().fields(fields).field("fileName", fileName).file("file", fileName, bytes);
        return uploadRaw(body.build());
    }

    Answer upload(Path file, Map<String, String> fields) {
        try {
            return upload(file.getFileName().toString(), Files.readAllBytes(file), fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer uploadRaw(byte[] multipart) {
        return send(request(sandbox.uploadBase() + "/api/v1/files/upload").header("Content-Type", Multipart.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart)));
    }

    /** A delivery URL, fetched without credentials as a browser would. */
    Answer fetch(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET());
    }

    HttpRequest.Builder request(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    Answer send(HttpRequest.Builder request) {
        try {
            return sendOrThrow(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer sendOrThrow(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
