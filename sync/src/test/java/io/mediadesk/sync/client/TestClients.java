package io.mediadesk.sync.client;

import io.mediadesk.sync.client.http.ManualTime;
import io.mediadesk.sync.client.http.RetryPolicy;
import io.mediadesk.sync.credential.PrivateKey;
import java.time.Duration;
import java.util.SplittableRandom;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** A client pointed at a MockWebServer, on manual time and a seeded random, so no test sleeps. */
final class TestClients {
    static final PrivateKey KEY = PrivateKey.of("private_test_key_123");

    private TestClients() {
    }

    static ImageKitClient client(MockWebServer server, ManualTime time) {
        return ImageKitClient.create(config(server, time), KEY);
    }

    static ClientConfig config(MockWebServer server, ManualTime time) {
        String base = server.url("/").toString();
        return ClientConfig.defaults().withBases(base, base).withVersion("9.9.9")
                .withClock(time, new SplittableRandom(42)).withRetry(RetryPolicy.defaults())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .addHeader("x-ik-requestId", "req-" + code).body(body).build();
    }

    static MockResponse ok(String body) {
        return json(200, body);
    }

    static MockResponse noContent() {
        return new MockResponse.Builder().code(204).build();
    }

    static String file(String id, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return "{\"fileId\":\"" + id + "\",\"type\":\"file\",\"name\":\"" + name + "\",\"filePath\":\"" + path
                + "\",\"size\":5,\"createdAt\":\"2026-03-01T12:00:00.000Z\",\"updatedAt\":\"2026-03-01T12:00:00.000Z\","
                + "\"AITags\":null,\"isPrivateFile\":false,\"versionInfo\":{\"id\":\"v1\",\"name\":\"Version 1\"}}";
    }
}
