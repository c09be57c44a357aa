package io.mediadesk.desktop.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.sync.credential.CredentialStore;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles, keys and "test connection", against the real stand-in on loopback; tasks run on the test thread. */
class AccountsViewModelTest {
    @TempDir
    Path library;

    private Sandbox service;
    private final Map<String, PrivateKey> osStore = new HashMap<>();
    private final KeyVault vault = new KeyVault(name -> new CredentialStore() {
        @Override
        public Optional<PrivateKey> privateKey() {
            return Optional.ofNullable(osStore.get(name));
        }

        @Override
        public void store(PrivateKey key) {
            osStore.put(name, key);
        }

        @Override
        public void forget() {
            osStore.remove(name);
        }
    });
    private AccountsViewModel model;

    @BeforeEach
    void start() throws Exception {
        service = Sandbox.start(SandboxOptions.defaults().withPrivateKey("private_sandboxKeyForTests1234"));
        model = new AccountsViewModel(library, vault, TaskRunner.sameThread());
    }

    @AfterEach
    void stop() {
        model.close();
        service.close();
    }

    private void fill(String name, String privateKey) {
        model.newProfile();
        model.form().nameProperty().set(name);
        model.form().urlEndpointProperty().set(service.urlEndpoint());
        model.form().apiBaseProperty().set(service.apiBase());
        model.form().uploadBaseProperty().set(service.uploadBase());
        model.form().publicKeyProperty().set(service.publicKey());
        model.form().privateKeyProperty().set(privateKey);
    }

    @Test
    void aSavedProfileKeepsItsKeyInTheCredentialStoreAndOnlyTheHintOnDisk() throws Exception {
        fill("staging", "private_sandboxKeyForTests1234");
        model.save();

        assertThat(model.form().errorProperty().get()).isEmpty();
        assertThat(model.form().privateKeyProperty().get()).isEmpty();
        assertThat(model.form().keyHintProperty().get()).isEqualTo("private_…1234");
        assertThat(osStore).containsKey("staging");
        String json = Files.readString(library.resolve("accounts.json"));
        assertThat(json).contains("\"staging\"", "private_…1234").doesNotContain("sandboxKeyForTests");
        assertThat(model.statusProperty().get()).contains("OS credential store");

        model.activate(model.profiles().get(0));
        assertThat(model.connectionProperty().get()).isNotNull();

        AccountsViewModel reopened = new AccountsViewModel(library, vault, TaskRunner.sameThread());
        reopened.load();
        assertThat(reopened.profiles()).extracting(AccountProfile::name).containsExactly("staging");
        assertThat(reopened.activeProperty().get().name()).isEqualTo("staging");
        assertThat(reopened.connectionProperty().get()).isNotNull();
    }

    @Test
    void testConnectionPassesWithTheRightKeyAndSaysWhatIsWrongOtherwise() {
        fill("staging", "private_sandboxKeyForTests1234");
        model.save();
        fill("wrong", "private_notTheKeyAtAll00000000");
        model.save();

        model.activate(model.profiles().get(0));
        model.testConnection();
        assertThat(model.checkPassedProperty().get()).as(model.statusProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Connected to " + service.apiBase() + " as staging");

        model.activate(model.profiles().get(1));
        model.testConnection();
        assertThat(model.checkPassedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains("refused the private key (HTTP 401)");
    }

    @Test
    void anUnreachableApiBaseIsNamedInTheError() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        fill("nowhere", "private_sandboxKeyForTests1234");
        model.form().apiBaseProperty().set("http://127.0.0.1:" + closedPort);
        model.save();
        model.activate(model.profiles().get(0));
        model.testConnection();
        assertThat(model.checkPassedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Cannot reach http://127.0.0.1:" + closedPort);
    }

    @Test
    void theFormRefusesBadInputWithoutSavingAnything() {
        fill("ok name", "private_sandboxKeyForTests1234");
        model.form().urlEndpointProperty().set("ftp://example.com/x");
        model.save();
        assertThat(model.form().errorProperty().get()).startsWith("URL endpoint:");
        assertThat(model.profiles()).isEmpty();
        assertThat(osStore).isEmpty();

        fill("new one", "");
        model.save();
        assertThat(model.form().errorProperty().get()).startsWith("Private key: required");

        fill("/bad", "private_x");
        model.save();
        assertThat(model.form().errorProperty().get()).startsWith("Name:");
        assertThat(model.form().privateKeyProperty().get()).as("a refused form keeps what was typed").isEqualTo("private_x");
    }

    @Test
    void editingWithoutANewKeyKeepsTheStoredOneAndARenameCarriesItOver() {
        fill("staging", "private_sandboxKeyForTests1234");
        model.save();
        model.edit(model.profiles().get(0));
        model.form().nameProperty().set("production");
        model.save();
        assertThat(model.profiles()).extracting(AccountProfile::name).containsExactly("production");
        assertThat(model.profiles().get(0).keyHint()).isEqualTo("private_…1234");
        assertThat(osStore).containsOnlyKeys("production");

        model.remove(model.profiles().get(0));
        assertThat(model.profiles()).isEmpty();
        assertThat(osStore).isEmpty();
    }

    @Test
    void withoutACredentialStoreTheKeyIsKeptForTheSessionOnlyAndSaidSo() throws Exception {
        AccountsViewModel memoryOnly = new AccountsViewModel(library, KeyVault.inMemory(), TaskRunner.sameThread());
        memoryOnly.newProfile();
        memoryOnly.form().nameProperty().set("staging");
        memoryOnly.form().urlEndpointProperty().set(service.urlEndpoint());
        memoryOnly.form().apiBaseProperty().set(service.apiBase());
        memoryOnly.form().privateKeyProperty().set("private_sandboxKeyForTests1234");
        memoryOnly.save();
        assertThat(memoryOnly.statusProperty().get()).contains("for this session only");
        memoryOnly.activate(memoryOnly.profiles().get(0));
        assertThat(memoryOnly.connectionProperty().get()).isNotNull();
        assertThat(Files.readString(library.resolve("accounts.json"))).doesNotContain("sandboxKeyForTests");
    }

    @Test
    void theLocalSandboxStartsInProcessAndBecomesTheActiveAccount() {
        model.useSandbox();
        assertThat(model.activeProperty().get().sandbox()).isTrue();
        Connection c = model.connectionProperty().get();
        assertThat(c).isNotNull();
        assertThat(c.profile().apiBase()).startsWith("http://127.0.0.1:");
        assertThat(Files.isDirectory(library.resolve("sandbox"))).isTrue();
        model.testConnection();
        assertThat(model.checkPassedProperty().get()).as(model.statusProperty().get()).isTrue();
        assertThat(osStore).as("the throwaway key stays out of the OS store").isEmpty();
    }

    @Test
    void keyHintsShowThePrefixAndTheLastFourOnly() {
        assertThat(KeyHint.of("private_abcdefghijklmnopWXYZ")).isEqualTo("private_…WXYZ");
        assertThat(KeyHint.of("  private_abcdefghijklmnopWXYZ\n")).isEqualTo("private_…WXYZ");
        assertThat(KeyHint.of("private_short")).isEqualTo("private_…");
        assertThat(KeyHint.of("abcdefghijklmnop")).isEqualTo("…mnop");
        assertThat(KeyHint.of("abc")).isEqualTo("…");
    }
}
