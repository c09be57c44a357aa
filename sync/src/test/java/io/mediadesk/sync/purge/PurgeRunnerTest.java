package io.mediadesk.sync.purge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.SandboxClients;
import io.mediadesk.sync.client.error.AuthenticationException;
import io.mediadesk.sync.client.error.ClientErrorException;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.purge.PurgeEntry.State;
import io.mediadesk.sync.sandbox.Family;
import io.mediadesk.sync.sandbox.Fault;
import io.mediadesk.sync.sandbox.RequestRecord;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import io.mediadesk.sync.url.DeliveryUrls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with the real client against the stand-in: pacing, polling, failures, cancel and resume. */
class PurgeRunnerTest {
    static final PurgeRunner.Options FAST = PurgeRunner.Options.defaults()
            .withPolls(Duration.ofMillis(50), Duration.ofMillis(400)).withFailures(5, Duration.ofMillis(50));

    @TempDir
    Path folder;

    private Sandbox sandbox;
    private final List<PurgeProgress> progress = new CopyOnWriteArrayList<>();

    private Sandbox start(SandboxOptions options) throws Exception {
        sandbox = Sandbox.start(options.withPurgePending(1, Duration.ofMillis(200)));
        return sandbox;
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private List<String> urls(int n) {
        return IntStream.range(0, n).mapToObj(i -> sandbox.urlEndpoint() + "/img/p" + i + ".jpg").toList();
    }

    private boolean run(ImageKitClient client, List<String> urls, boolean wait) throws Exception {
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            queue.enqueue(urls);
            return new PurgeRunner(PurgeApi.of(client), queue, FAST).onProgress(progress::add).run(wait);
        }
    }

    private List<PurgeEntry> entries() throws Exception {
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            return queue.entries();
        }
    }

    @Test
    void everyUrlIsSubmittedOnceAndPolledUntilCompleted() throws Exception {
        start(SandboxOptions.defaults());
        List<String> urls = urls(20);
        assertThat(run(SandboxClients.client(sandbox), urls, true)).isTrue();
        assertThat(entries()).hasSize(20).allSatisfy(e -> assertThat(e.state()).isEqualTo(State.COMPLETED));
        assertThat(sandbox.purgedUrls()).containsExactlyInAnyOrderElementsOf(urls);
        PurgeProgress last = progress.get(progress.size() - 1);
        assertThat(last.completed()).isEqualTo(20);
        assertThat(last.requests()).isEqualTo(sandbox.requests().stream().filter(r -> r.family() == Family.PURGE).count());
    }

    @Test
    void withoutWaitItSubmitsAndLeavesThemPending() throws Exception {
        start(SandboxOptions.defaults());
        assertThat(run(SandboxClients.client(sandbox), urls(3), false)).isTrue();
        assertThat(entries()).extracting(PurgeEntry::state).containsOnly(State.SUBMITTED);
        assertThat(sandbox.requests()).filteredOn(r -> r.method().equals("GET")).isEmpty();
    }

    @Test
    void itNeverGoesOverTheAdvertisedLimit() throws Exception {
        start(SandboxOptions.defaults().withRateLimit(10, Duration.ofSeconds(1)));
        run(SandboxClients.client(sandbox), urls(16), false);
        List<RequestRecord> calls = sandbox.requests().stream().filter(r -> r.family() == Family.PURGE).toList();
        assertThat(calls).as("no 429 from the limiter").allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        for (int i = 10; i < calls.size(); i++) {
            assertThat(Duration.between(calls.get(i - 10).at(), calls.get(i).at()).toMillis())
                    .as("11 requests span at least the interval").isGreaterThanOrEqualTo(900);
        }
    }

    @Test
    void random429sAreWaitedOutAndNoUrlIsLostOrSentTwice() throws Exception {
        start(SandboxOptions.defaults());
        sandbox.faults().randomly(Family.PURGE, Fault.rateLimitResetMillis(150, 100, 1000), 0.2, 7);
        List<String> urls = urls(30);
        assertThat(run(SandboxClients.client(sandbox), urls, true)).isTrue();
        assertThat(sandbox.purgedUrls()).containsExactlyInAnyOrderElementsOf(urls);
        List<RequestRecord> calls = sandbox.requests().stream().filter(r -> r.family() == Family.PURGE).toList();
        assertThat(calls).filteredOn(r -> r.status() == 429).isNotEmpty();
        for (int i = 1; i < calls.size(); i++) {
            if (calls.get(i - 1).status() == 429) {
                assertThat(Duration.between(calls.get(i - 1).at(), calls.get(i).at()).toMillis()).isGreaterThanOrEqualTo(135);
            }
        }
    }

    @Test
    void aRefusedUrlIsMarkedFailedWithTheReasonAndTheRestGoOn() throws Exception {
        start(SandboxOptions.defaults());
        List<String> urls = new ArrayList<>(urls(2));
        urls.add(1, sandbox.urlEndpoint() + "/a*");
        assertThat(run(SandboxClients.client(sandbox), urls, true)).isTrue();
        assertThat(entries()).extracting(PurgeEntry::state).containsExactly(State.COMPLETED, State.FAILED, State.COMPLETED);
        assertThat(entries().get(1).error()).contains("not valid for cache purging");
    }

    @Test
    void aWrongKeyStopsTheRunAfterOneRequestAndLeavesItResumable() throws Exception {
        start(SandboxOptions.defaults());
        ImageKitClient wrong = ImageKitClient.create(SandboxClients.config(sandbox), PrivateKey.of("private_wrong_key_1"));
        assertThatThrownBy(() -> run(wrong, urls(5), true)).isInstanceOf(AuthenticationException.class);
        assertThat(sandbox.requests()).hasSize(1);
        assertThat(entries()).extracting(PurgeEntry::state).containsOnly(State.QUEUED);
        assertThat(run(SandboxClients.client(sandbox), urls(5), true)).isTrue();
        assertThat(entries()).hasSize(5).extracting(PurgeEntry::state).containsOnly(State.COMPLETED);
    }

    @Test
    void theServicesQuotaRefusalStopsTheRun() throws Exception {
        start(SandboxOptions.defaults().withPurgeQuota(3));
        assertThatThrownBy(() -> run(SandboxClients.client(sandbox), urls(5), false))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(entries()).extracting(PurgeEntry::state)
                .containsExactly(State.SUBMITTED, State.SUBMITTED, State.SUBMITTED, State.QUEUED, State.QUEUED);
    }

    @Test
    void aCancelledRunResumesWithoutSendingAnythingTwice() throws Exception {
        start(SandboxOptions.defaults());
        ImageKitClient client = SandboxClients.client(sandbox);
        List<String> urls = urls(20);
        try (PurgeQueue queue = PurgeQueue.open(folder)) {
            queue.enqueue(urls);
            PurgeRunner runner = new PurgeRunner(PurgeApi.of(client), queue, FAST);
            runner.onProgress(p -> {
                if (p.requests() == 8) {
                    runner.cancel();
                }
            });
            assertThat(runner.run(true)).isFalse();
        }
        assertThat(run(client, urls, true)).isTrue();
        assertThat(sandbox.purgedUrls()).containsExactlyInAnyOrderElementsOf(urls);
    }

    @Test
    void thePlannerRefusesExactlyWhatTheStandInRefuses() throws Exception {
        start(SandboxOptions.defaults());
        ImageKitClient client = SandboxClients.client(sandbox);
        String e = sandbox.urlEndpoint();
        for (String path : List.of("/a*", "/images/upload*", "/images/*", "/sample.jpg*", "/abcdefghijklmn*", "/abcdefghijklm*",
                "/folder/*/x.jpg", "/a/b**", "/media/catalog/*", "/s/files/*", "/plain.jpg", "/a/b.jpg?tr=w-10", "/tr:w-10/a.jpg")) {
            boolean plannerTakes = PurgePlanner.forEndpoint(DeliveryUrls.of(e)).url(e + path).plan().clean();
            boolean serviceTakes;
            try {
                client.purges().submit(e + path);
                serviceTakes = true;
            } catch (ClientErrorException refused) {
                serviceTakes = false;
            }
            assertThat(plannerTakes).as(path).isEqualTo(serviceTakes);
        }
    }
}
