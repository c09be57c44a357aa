package io.mediadesk.sync.purge;

import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.credential.EnvironmentCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A purge run in its own JVM, for the kill -9 checks (the test and the benchmark kill it with
 * {@code destroyForcibly} halfway and start it again). Arguments: API base, queue folder, file of
 * URLs, first poll in ms. The key comes from {@code MEDIADESK_PRIVATE_KEY}, never from argv.
 * Prints {@code interrupted N} (entries found half-sent at open) and {@code done} on stdout.
 */
public final class PurgeChild {
    private PurgeChild() {
    }

    public static void main(String[] args) throws Exception {
        ClientConfig config = ClientConfig.defaults().withBases(args[0], args[0]).withVersion("bench");
        ImageKitClient client = ImageKitClient.create(config, new EnvironmentCredentials().privateKey().orElseThrow());
        Duration firstPoll = Duration.ofMillis(Long.parseLong(args[3]));
        try (PurgeQueue queue = PurgeQueue.open(Path.of(args[1]))) {
            System.out.println("interrupted " + queue.interruptedAtOpen());
            queue.enqueue(Files.readAllLines(Path.of(args[2])));
            PurgeRunner.Options options = PurgeRunner.Options.defaults().withPolls(firstPoll, firstPoll.multipliedBy(8));
            boolean finished = new PurgeRunner(PurgeApi.of(client), queue, options).run(true);
            System.out.println(finished ? "done" : "cancelled");
        }
    }
}
