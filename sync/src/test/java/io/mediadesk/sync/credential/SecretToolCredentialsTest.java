package io.mediadesk.sync.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Secret Service adapter against a stand-in {@code secret-tool} (a script that records what it
 * was given), so the argv/stdin rule and the failure mapping are checked on any machine. The real
 * keyring is exercised by {@link SecretServiceKeyringTest}.
 */
class SecretToolCredentialsTest {
    private static final String KEY = "private_Canary_9f8e7d6c5b4a";

    @TempDir
    Path dir;

    /** A fake secret-tool: logs argv and stdin, answers {@code lookup} from a file, exits as told. */
    private Path fake(String lookupAnswer, int exit, String stderr) throws Exception {
        Path script = dir.resolve("secret-tool");
        Files.writeString(script, "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" >> '" + dir.resolve("argv") + "'\n"
                + "cat >> '" + dir.resolve("stdin") + "'\n"
                + (stderr.isEmpty() ? "" : "echo '" + stderr + "' >&2\n")
                + "if [ \"$1\" = lookup ]; then printf '%s' '" + lookupAnswer + "'; fi\n"
                + "exit " + exit + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private SecretToolCredentials store(Path executable) {
        return SecretToolCredentials.of(executable.toString(), Map.of(), "test");
    }

    @Test
    void theSecretGoesOnStdinAndNeverIntoTheArguments() throws Exception {
        store(fake("", 0, "")).store(PrivateKey.of(KEY));
        String argv = Files.readString(dir.resolve("argv"));
        assertThat(argv).doesNotContain(KEY).contains("store", "service", "mediadesk", "account", "test");
        assertThat(Files.readString(dir.resolve("stdin"), StandardCharsets.UTF_8)).isEqualTo(KEY);
    }

    @Test
    void aLookupReturnsTheKeyOrNothing() throws Exception {
        assertThat(store(fake(KEY, 0, "")).privateKey()).hasValueSatisfying(k -> assertThat(k.sameAs(PrivateKey.of(KEY))).isTrue());
        Files.delete(dir.resolve("secret-tool"));
        assertThat(store(fake("", 1, "")).privateKey()).as("exit 1 and silence: nothing stored").isEmpty();
    }

    @Test
    void aStoreThatCannotBeReachedIsUnavailableNotEmpty() throws Exception {
        SecretToolCredentials noBus = store(fake("", 1, "Cannot autolaunch D-Bus without X11 $DISPLAY"));
        assertThatThrownBy(noBus::privateKey).isInstanceOf(CredentialStoreUnavailableException.class).hasMessageContaining("D-Bus");
        assertThatThrownBy(() -> noBus.store(PrivateKey.of(KEY))).isInstanceOf(CredentialStoreUnavailableException.class)
                .hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> store(dir.resolve("missing")).privateKey())
                .isInstanceOf(CredentialStoreUnavailableException.class).hasMessageContaining("libsecret-tools");
    }

    @Test
    void theChainAsksTheStoreFirstThenTheEnvironment() throws Exception {
        EnvironmentCredentials env = new EnvironmentCredentials(name -> "private_from_env");
        SecretToolCredentials kept = store(fake(KEY, 0, ""));
        assertThat(CredentialChain.of(kept, env).privateKey().orElseThrow().sameAs(PrivateKey.of(KEY))).isTrue();

        SecretToolCredentials broken = store(dir.resolve("missing"));
        assertThat(CredentialChain.of(broken, env).privateKey().orElseThrow().sameAs(PrivateKey.of("private_from_env"))).isTrue();
        assertThat(CredentialChain.of(broken, new EnvironmentCredentials(name -> null)).privateKey()).isEmpty();
    }

    @Test
    void forgettingWhatIsNotThereIsFine() throws Exception {
        store(fake("", 1, "")).forget();
        assertThat(Files.readString(dir.resolve("argv"))).startsWith("clear\n");
    }
}
