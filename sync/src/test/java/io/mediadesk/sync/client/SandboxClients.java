package io.mediadesk.sync.client;

import io.mediadesk.sync.client.http.RetryPolicy;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The real client pointed at a running {@link Sandbox}, on real time: the policy is the default one
 * with short backoffs (10-80 ms instead of 0.5-30 s), so fault tests wait for real but briefly, and
 * the server-requested waits they check are the sandbox's own short ones.
 */
public final class SandboxClients {
    /** Defaults but fast; the retry budget is as in production unless a test says otherwise. */
    public static final RetryPolicy FAST = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(80),
            Duration.ofMinutes(5), 0.1, 10, Duration.ofSeconds(10));

    private SandboxClients() {
    }

    public static ClientConfig config(Sandbox sandbox) {
        return ClientConfig.defaults().withBases(sandbox.apiBase(), sandbox.uploadBase()).withVersion("test")
                .withRetry(FAST).withClock(io.mediadesk.sync.client.http.TimeSource.system(), new SplittableRandom(7))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    public static ImageKitClient client(Sandbox sandbox) {
        return ImageKitClient.create(config(sandbox), PrivateKey.of(sandbox.privateKey()));
    }

    /** A file with {@code bytes} in {@code dir}, named {@code name}. */
    public static Path file(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
