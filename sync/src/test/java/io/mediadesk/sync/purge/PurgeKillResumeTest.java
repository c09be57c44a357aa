package io.mediadesk.sync.purge;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.sync.purge.PurgeEntry.State;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small version of the purge benchmark's resume check (reliability.md row 49): a purge run in
 * a child JVM is killed with {@code destroyForcibly} halfway through 300 URLs, started again, and
 * must finish with every URL purged and none purged twice, except the one at most that was on the
 * wire when the process died (the service cannot be asked whether it got it; it is sent again).
 */
class PurgeKillResumeTest {
    @TempDir
    Path dir;

    @Test
    void aRunKilledHalfwayResumesWithNothingLostAndNothingSentTwice() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withRateLimit(200, Duration.ofSeconds(1))
                .withPurgePending(1, Duration.ofMillis(100)))) {
            List<String> urls = IntStream.range(0, 300).mapToObj(i -> sandbox.urlEndpoint() + "/k/u" + i + ".jpg").toList();
            Path file = Files.write(dir.resolve("urls.txt"), urls);
            Path queue = dir.resolve("queue");
            Path log = dir.resolve("child.log");

            Process first = ChildRuns.start(sandbox.apiBase(), sandbox.privateKey(), queue, file, 100, log);
            ChildRuns.killAfter(first, queue, 150);
            int before = sandbox.purgedUrls().size();
            assertThat(before).as("killed halfway").isBetween(150, 299);

            Process second = ChildRuns.start(sandbox.apiBase(), sandbox.privateKey(), queue, file, 100, log);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the resumed run finishes").isTrue();
            assertThat(second.exitValue()).as(Files.readString(log)).isZero();

            List<String> purged = sandbox.purgedUrls();
            assertThat(new HashSet<>(purged)).as("none lost").containsExactlyInAnyOrderElementsOf(urls);
            int duplicates = purged.size() - urls.size();
            int interrupted = ChildRuns.interrupted(log);
            assertThat(interrupted).isBetween(0, 1);
            assertThat(duplicates).as("only the one on the wire may go twice").isBetween(0, interrupted);
            try (PurgeQueue q = PurgeQueue.open(queue)) {
                assertThat(q.entries()).hasSize(300).allSatisfy(e -> assertThat(e.state()).isEqualTo(State.COMPLETED));
            }
        }
    }
}
