package io.mediadesk.sync.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrivateKeyTest {

    @Test
    void basicAuthorizationIsTheKeyWithAnEmptyPassword() {
        // The example from the service's OpenAPI text (spec §1.1).
        assertThat(PrivateKey.of("private_rGAPQJbhBx").basicAuthorization()).isEqualTo("Basic cHJpdmF0ZV9yR0FQUUpiaEJ4Og==");
    }

    @Test
    void toStringNeverShowsTheKey() {
        PrivateKey key = PrivateKey.of("private_canary_123456");
        assertThat(key.toString()).doesNotContain("canary").doesNotContain("private_");
        assertThat(String.valueOf(key)).isEqualTo("PrivateKey[****]");
    }

    @Test
    void signaturesAreLowercaseHexHmacSha1() {
        assertThat(PrivateKey.of("dummy-key").sign("sdk-testing-files/future-search.png9999999999"))
                .isEqualTo("32dbbbfc5f945c0403c71b54c38e76896ef2d6b0");
    }

    @Test
    void badKeysAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> PrivateKey.of("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> PrivateKey.of("private_ab cd")).hasMessageNotContaining("private_ab");
    }

    @Test
    void theEnvironmentSourceTrimsAndTreatsBlankAsAbsent() {
        assertThat(new EnvironmentCredentials(Map.of("MEDIADESK_PRIVATE_KEY", " k1234567\n")::get).privateKey())
                .hasValueSatisfying(k -> assertThat(k.sameAs(PrivateKey.of("k1234567"))).isTrue());
        assertThat(new EnvironmentCredentials(Map.of("MEDIADESK_PRIVATE_KEY", " ")::get).privateKey()).isEmpty();
        assertThat(new EnvironmentCredentials(name -> null).privateKey()).isEmpty();
    }
}
