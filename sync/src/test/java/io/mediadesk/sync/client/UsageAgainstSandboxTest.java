package io.mediadesk.sync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.sync.client.error.AuthenticationException;
import io.mediadesk.sync.client.model.AccountUsage;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code client.accounts().usage} against the stand-in: the figures, the local range checks, a 403. */
class UsageAgainstSandboxTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private ImageKitClient client;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        client = SandboxClients.client(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void readsStorageAndTodaysBandwidth() {
        var up = client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, "a.bin", new byte[1234])).useUniqueFileName(false));
        client.uploads().upload(UploadRequest.of(SandboxClients.file(dir, "b.bin", new byte[66])).useUniqueFileName(false));
        byte[] served = client.files().content(up.url());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        AccountUsage usage = client.accounts().usage(today, today.plusDays(1));

        assertThat(served).hasSize(1234);
        assertThat(usage.mediaLibraryStorageBytes()).isEqualTo(1234 + 66);
        assertThat(usage.bandwidthBytes()).isEqualTo(1234);
        assertThat(usage.videoProcessingUnitsCount()).isZero();
        assertThat(client.accounts().usage(today.minusDays(10), today).bandwidthBytes()).as("today is the end: left out").isZero();
    }

    @Test
    void aRangeTheServiceWouldRefuseIsRefusedBeforeAnyRequest() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        int before = sandbox.requests().size();
        assertThatThrownBy(() -> client.accounts().usage(d, d)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.accounts().usage(d, d.plusDays(90))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("90");
        assertThat(sandbox.requests()).hasSize(before);
        assertThat(client.accounts().usage(d, d.plusDays(89)).bandwidthBytes()).isZero();
    }

    @Test
    void aKeyWithoutThePermissionIsAnAuthenticationErrorWith403() {
        sandbox.usagePermission(false);
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> client.accounts().usage(d, d.plusDays(1))).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.status()).isEqualTo(403));
    }
}
