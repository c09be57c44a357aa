package io.mediadesk.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.client.model.UploadResult;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.Family;
import io.mediadesk.sync.sandbox.Fault;
import io.mediadesk.sync.sandbox.FileSnapshot;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Commit then lose the response", many times (reliability.md, HTTP figures: 0 duplicates in
 * 10,000 trials). Each trial uploads a new file while the sandbox is armed, by a seeded draw, to
 * lose the answer after committing, to drop the connection mid-body, or to do nothing; unique and
 * fixed names alternate. After every trial the server must hold exactly one file for it.
 * {@code -Dtrials=10000 -Dseed=N} runs the long version; CI runs 200.
 */
class LostAnswerTrialsTest {
    @TempDir
    Path dir;

    @Test
    void noTrialLeavesADuplicateOrLosesTheUpload() throws Exception {
        int trials = Integer.getInteger("trials", 200);
        long seed = Long.getLong("seed", 20260301L);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Integer> outcomes = new HashMap<>();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withSeed(seed))) {
            // Every trial is a fault, so the production retry budget (10 % of traffic) would
            // rightly stop retrying; here the subject is reconciliation, so the budget is unbounded.
            ClientConfig config = SandboxClients.config(sandbox).withRetry(new io.mediadesk.sync.client.http.RetryPolicy(5, java.time.Duration.ofMillis(10),
                    java.time.Duration.ofMillis(80), java.time.Duration.ofMinutes(5), 1.0, 1_000_000, java.time.Duration.ofSeconds(10)));
            ImageKitClient client = ImageKitClient.create(config, PrivateKey.of(sandbox.privateKey()));
            for (int i = 0; i < trials; i++) {
                String kind = arm(sandbox, random);
                boolean unique = random.nextBoolean();
                String folder = "/t" + (i % 20) + "/";
                String name = "trial-" + i + ".txt";
                String stored = folder + "trial-" + i + (unique ? "_" : ".");
                UploadResult up = client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, name, name.getBytes(StandardCharsets.UTF_8)))
                        .folder(folder).useUniqueFileName(unique));
                List<FileSnapshot> mine = sandbox.files().stream()
                        .filter(f -> f.filePath().startsWith(stored)).toList();
                assertThat(mine).as("trial %s (%s, unique=%s, seed %d)", name, kind, unique, seed).singleElement()
                        .satisfies(f -> assertThat(f.fileId()).isEqualTo(up.fileId()));
                outcomes.merge(kind + (up.reconciled() ? "/reconciled" : "/answered"), 1, Integer::sum);
                sandbox.faults().clear();
            }
            assertThat(sandbox.files()).hasSize(trials);
        }
        System.out.println("lost-answer trials: " + trials + ", seed " + seed + ", duplicates 0, outcomes "
                + outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Object::toString).collect(Collectors.joining(", ")));
    }

    private static String arm(Sandbox sandbox, SplittableRandom random) {
        int draw = random.nextInt(4);
        if (draw <= 1) {
            sandbox.faults().once(Family.UPLOAD, Fault.loseResponseAfterCommit());
            return "lost";
        }
        if (draw == 2) {
            sandbox.faults().once(Family.UPLOAD, Fault.dropConnectionAfter(random.nextInt(1, 400)));
            return "dropped";
        }
        return "none";
    }
}
