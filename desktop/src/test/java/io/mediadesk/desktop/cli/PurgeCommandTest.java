package io.mediadesk.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediadesk.desktop.cli.UrlCommandTest.Run;
import io.mediadesk.sync.credential.CredentialSource;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mediadesk purge} in-process against the stand-in: the contract's JSON, exit codes, and the queue's resume. */
class PurgeCommandTest {
    @TempDir
    Path library;

    private Sandbox sandbox;
    private CredentialSource key;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPurgePending(1, Duration.ofMillis(100)));
        key = () -> Optional.of(PrivateKey.of(sandbox.privateKey()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Run purge(CredentialSource credentials, String... args) {
        List<String> all = new ArrayList<>(List.of("purge", "--api-base", sandbox.apiBase(), "--library", library.toString(),
                "--first-poll-ms", "50"));
        all.addAll(List.of(args));
        return UrlCommandTest.run(credentials, all.toArray(String[]::new));
    }

    @Test
    void waitPrintsEveryRequestCompletedAsTheContractsJson() throws Exception {
        String a = sandbox.urlEndpoint() + "/a.jpg";
        String b = sandbox.urlEndpoint() + "/images/upload*";
        Run r = purge(key, "--wait", "--json", a, b);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode requests = new ObjectMapper().readTree(r.out()).get("requests");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).get("url").asText()).isEqualTo(a);
        assertThat(requests).allSatisfy(n -> {
            assertThat(n.get("requestId").asText()).isNotBlank();
            assertThat(n.get("status").asText()).isEqualTo("Completed");
        });
        assertThat(r.err()).contains("2/2 accepted, 2 completed");
        assertThat(sandbox.purgedUrls()).containsExactly(a, b);
    }

    @Test
    void withoutWaitTheyArePendingAndAFileOfUrlsWorksToo() throws Exception {
        Path file = Files.writeString(library.resolve("urls.txt"), "# two\n" + sandbox.urlEndpoint() + "/x.jpg\n\n"
                + sandbox.urlEndpoint() + "/y.jpg\n");
        Run r = purge(key, "--file", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("Pending"));
    }

    @Test
    void aUrlTheServiceWouldRefuseIsAUsageErrorAndNothingIsSent() {
        Run r = purge(key, sandbox.urlEndpoint() + "/ok.jpg", sandbox.urlEndpoint() + "/img*");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("/img*", "two levels", "nothing was sent");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void noKeyIsAUsageErrorNamingBothPlacesToKeepIt() {
        Run r = purge(Optional::empty, sandbox.urlEndpoint() + "/a.jpg");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("credential store", "MEDIADESK_PRIVATE_KEY");
        assertThat(sandbox.requests()).isEmpty();
    }

    @Test
    void noUrlsOrBothFormsAreUsageErrors() throws Exception {
        assertThat(purge(key).code()).isEqualTo(2);
        Path file = Files.writeString(library.resolve("u.txt"), sandbox.urlEndpoint() + "/a.jpg\n");
        assertThat(purge(key, "--file", file.toString(), sandbox.urlEndpoint() + "/b.jpg").code()).isEqualTo(2);
    }

    @Test
    void aWrongKeyIsARemoteErrorAfterOneRequest() {
        Run r = purge(() -> Optional.of(PrivateKey.of("private_wrong_000")), "--json", sandbox.urlEndpoint() + "/a.jpg");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err().strip().lines().reduce((a, b) -> b).orElse("")).as("progress first, the error last")
                .startsWith("error: ").contains("401", "request id");
        assertThat(r.err()).doesNotContain("private_wrong_000");
        assertThat(r.out()).contains("\"status\":\"Queued\"");
        assertThat(sandbox.requests()).hasSize(1);
    }

    @Test
    void theSameCommandAfterAStopResumesAndAfterCompletionPurgesAgain() {
        String a = sandbox.urlEndpoint() + "/a.jpg";
        assertThat(purge(key, a).code()).isZero();                     // submitted, pending
        assertThat(purge(key, "--wait", a).code()).isZero();           // the same batch: polled, not sent again
        assertThat(sandbox.purgedUrls()).containsExactly(a);
        assertThat(purge(key, "--wait", a).code()).isZero();           // finished before: a new purge
        assertThat(sandbox.purgedUrls()).containsExactly(a, a);
    }

    @Test
    void aRefusalByTheServiceIsExit5WithTheResultsPrinted() {
        // A quota of 1: the second URL meets the service's 403, which stops the run.
        sandbox.close();
        try {
            sandbox = Sandbox.start(SandboxOptions.defaults().withPurgeQuota(1));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        key = () -> Optional.of(PrivateKey.of(sandbox.privateKey()));
        Run r = purge(key, "--json", sandbox.urlEndpoint() + "/a.jpg", sandbox.urlEndpoint() + "/b.jpg");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out()).contains("\"status\":\"Pending\"", "\"status\":\"Queued\"");
        assertThat(r.err()).contains("purge requests for this month");
    }

    /** Two small PNGs imported into the library's {@code /spring-campaign-2026/}; their ids, a.png first. */
    private List<String> twoAssets() throws Exception {
        Path in = Files.createDirectories(library.getParent().resolve(library.getFileName() + "-in").resolve("spring-campaign-2026"));
        for (String name : List.of("a", "b")) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, name.equals("a") ? 0xFF0000 : 0x00FF00);
            javax.imageio.ImageIO.write(image, "png", in.resolve(name + ".png").toFile());
        }
        Run imported = UrlCommandTest.run(key, "import", in.toString(), "--library", library.toString(), "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(imported.out()).get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    private Run purgeLibrary(String... args) {
        List<String> all = new ArrayList<>(List.of("--url-endpoint", sandbox.urlEndpoint(), "--wait"));
        all.addAll(List.of(args));
        return purge(key, all.toArray(String[]::new));
    }

    @Test
    void aLibraryFolderIsOneWildcardRequestWhereTheRulesAllowIt() throws Exception {
        twoAssets();
        Run r = purgeLibrary("--folder", "/spring-campaign-2026/");
        assertThat(r.code()).as(r.err()).isZero();
        // 22 characters of path: the service allows the wildcard (spec 4, rule 2).
        assertThat(sandbox.purgedUrls()).containsExactly(sandbox.urlEndpoint() + "/spring-campaign-2026/*");
    }

    @Test
    void anAssetIsItsUrlAndItsDerivatives() throws Exception {
        String a = twoAssets().get(0);
        Run r = purgeLibrary("--asset", a);
        assertThat(r.code()).as(r.err()).isZero();
        String url = sandbox.urlEndpoint() + "/spring-campaign-2026/a.png";
        assertThat(sandbox.purgedUrls()).containsExactly(url, url + "*");
    }

    @Test
    void aPresetIsEveryAssetsUrlRenderedWithItInBothForms() throws Exception {
        twoAssets();
        assertThat(UrlCommandTest.run(key, "presets", "set", "thumb", "w-100", "--library", library.toString()).code()).isZero();
        Run r = purgeLibrary("--preset", "thumb");
        assertThat(r.code()).as(r.err()).isZero();
        String e = sandbox.urlEndpoint();
        assertThat(sandbox.purgedUrls()).containsExactlyInAnyOrder(
                e + "/tr:n-thumb/spring-campaign-2026/a.png", e + "/spring-campaign-2026/a.png?tr=n-thumb",
                e + "/tr:n-thumb/spring-campaign-2026/b.png", e + "/spring-campaign-2026/b.png?tr=n-thumb");

        Run narrowed = purgeLibrary("--preset", "thumb", "--query", "name = \"b.png\"");
        assertThat(narrowed.code()).as(narrowed.err()).isZero();
        assertThat(sandbox.purgedUrls()).hasSize(6).endsWith(e + "/tr:n-thumb/spring-campaign-2026/b.png",
                e + "/spring-campaign-2026/b.png?tr=n-thumb");
    }

    @Test
    void libraryTargetsThatNameNothingAreUsageErrorsAndNothingIsSent() throws Exception {
        twoAssets();
        assertThat(purgeLibrary("--preset", "nope").code()).isEqualTo(2);
        assertThat(purgeLibrary("--asset", "0123456789abcdef01234567").code()).isEqualTo(2);
        assertThat(purgeLibrary("--query", "name = \"a.png\"").code()).isEqualTo(2);
        Run noEndpoint = purge(key, "--folder", "/spring-campaign-2026/");
        assertThat(noEndpoint.code()).isEqualTo(2);
        assertThat(noEndpoint.err()).contains("--url-endpoint");
        assertThat(sandbox.requests()).isEmpty();
    }
}
