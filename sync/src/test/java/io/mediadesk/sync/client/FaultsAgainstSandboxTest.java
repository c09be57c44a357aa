package io.mediadesk.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.client.error.AuthenticationException;
import io.mediadesk.sync.client.error.ServerErrorException;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.client.model.UploadResult;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.Family;
import io.mediadesk.sync.sandbox.Fault;
import io.mediadesk.sync.sandbox.RequestRecord;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults of reliability.md rows 30-36, armed on the stand-in's side and met by the real client
 * over real sockets; what the client did is read back from the sandbox's request log.
 */
class FaultsAgainstSandboxTest {
    private static final String DETAILS = "/v1/files/%s/details";

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private ImageKitClient client;
    private String fileId;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        client = SandboxClients.client(sandbox);
        fileId = client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, "a.txt", "a".getBytes(StandardCharsets.UTF_8)))
                .useUniqueFileName(false)).fileId();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void a503OnceIsRetriedOnce() {
        sandbox.faults().once(Family.FILES, Fault.status(503));
        assertThat(client.files().details(fileId).name()).isEqualTo("a.txt");
        assertThat(detailsCalls()).extracting(RequestRecord::status).containsExactly(503, 200);
    }

    @Test
    void a503ForeverGivesUpAfterFiveAttemptsWithAServerErrorCarryingTheRequestId() {
        sandbox.faults().always(Family.FILES, Fault.status(503));
        assertThatThrownBy(() -> client.files().details(fileId))
                .isInstanceOfSatisfying(ServerErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.requestId()).isPresent();
                    assertThat(e.getMessage()).contains(e.requestId().get());
                });
        assertThat(detailsCalls()).hasSize(5).allSatisfy(r -> assertThat(r.status()).isEqualTo(503));
    }

    @Test
    void a429WithResetInMillisecondsHoldsTheNextRequestUntilThen() {
        long reset = 700;
        sandbox.faults().once(Family.FILES, Fault.rateLimitResetMillis(reset, 10, 1000));
        client.files().details(fileId);
        List<RequestRecord> calls = detailsCalls();
        assertThat(calls).extracting(RequestRecord::status).containsExactly(429, 200);
        long gap = Duration.between(calls.get(0).at(), calls.get(1).at()).toMillis();
        assertThat(gap).as("ms, not s; and not early").isBetween(reset * 9 / 10, reset * 11 / 10);
    }

    @Test
    void a429WithRetryAfterInSecondsAndAsADateIsHonouredToo() {
        sandbox.faults().once(Family.FILES, Fault.retryAfterSeconds(1));
        java.time.Instant date = java.time.Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        sandbox.faults().once(Family.FILES, Fault.retryAfterDate(date));
        client.files().details(fileId);
        List<RequestRecord> calls = detailsCalls();
        assertThat(calls).extracting(RequestRecord::status).containsExactly(429, 429, 200);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()).toMillis()).as("seconds, not ms").isBetween(900L, 1100L);
        assertThat(Duration.between(date, calls.get(2).at()).toMillis()).as("not before the date").isBetween(-20L, 300L);
    }

    @Test
    void the429sWaitHoldsEveryCallerOfThatFamilyNotOnlyTheRetry() throws Exception {
        sandbox.faults().once(Family.FILES, Fault.rateLimitResetMillis(600, 10, 1000));
        Thread other = new Thread(() -> {
            sleep(100);
            client.files().metadata(fileId);
        });
        other.start();
        client.files().details(fileId);
        other.join();
        List<RequestRecord> calls = sandbox.requests().stream().filter(r -> r.path().startsWith("/v1/files/" + fileId)).toList();
        RequestRecord limited = calls.get(0);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(calls.subList(1, calls.size())).hasSize(2).allSatisfy(r ->
                assertThat(Duration.between(limited.at(), r.at()).toMillis()).isGreaterThanOrEqualTo(540));
    }

    @Test
    void aConnectionDroppedMidUploadIsSentAgainAndLeavesExactlyOneFile() {
        byte[] big = new byte[256 * 1024];
        Arrays.fill(big, (byte) 'x');
        sandbox.faults().once(Family.UPLOAD, Fault.dropConnectionAfter(64 * 1024));
        UploadResult up = client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, "big.bin", big)).useUniqueFileName(false));
        assertThat(up.size()).isEqualTo(big.length);
        assertThat(uploads()).extracting(RequestRecord::status).containsExactly(-1, 200);
        assertThat(sandbox.files()).filteredOn(f -> f.filePath().startsWith("/big")).singleElement()
                .satisfies(f -> assertThat(f.size()).isEqualTo(big.length));
    }

    @Test
    void anUploadWhoseAnswerWasLostAfterCommitIsReconciledNotSentAgain() {
        sandbox.faults().once(Family.UPLOAD, Fault.loseResponseAfterCommit());
        UploadResult up = client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, "b.txt", "bb".getBytes(StandardCharsets.UTF_8)))
                .folder("/lost/").useUniqueFileName(true));
        assertThat(up.reconciled()).isTrue();
        assertThat(uploads()).hasSize(1);
        assertThat(sandbox.files()).filteredOn(f -> f.filePath().startsWith("/lost/")).singleElement()
                .satisfies(f -> assertThat(f.fileId()).isEqualTo(up.fileId()));
    }

    @Test
    void aWrongKeyIs401AfterOneRequestWithoutRetry() {
        ImageKitClient wrong = ImageKitClient.create(SandboxClients.config(sandbox), PrivateKey.of("private_not_the_key_000"));
        int before = sandbox.requests().size();
        assertThatThrownBy(() -> wrong.files().details(fileId)).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.getMessage()).doesNotContain("private_not_the_key_000"));
        assertThat(sandbox.requests().subList(before, sandbox.requests().size())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(401));
    }

    @Test
    void aPurgeSubmitMetByA429IsSentAgainAfterTheWaitBecauseTheServiceDidNotAct() {
        sandbox.faults().once(Family.PURGE, Fault.rateLimitResetMillis(200, 10, 1000));
        assertThat(client.purges().submit(sandbox.urlEndpoint() + "/a.txt")).isNotBlank();
        assertThat(sandbox.requests()).filteredOn(r -> r.path().equals("/v1/files/purge"))
                .extracting(RequestRecord::status).containsExactly(429, 201);
    }

    private List<RequestRecord> detailsCalls() {
        return sandbox.requests().stream().filter(r -> r.path().equals(String.format(DETAILS, fileId))).toList();
    }

    private List<RequestRecord> uploads() {
        return sandbox.requests().stream().filter(r -> r.family() == Family.UPLOAD).skip(1).toList(); // the setup's upload
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
