package io.mediadesk.sync.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter against a real Secret Service: a private D-Bus session ({@code dbus-run-session})
 * with GNOME Keyring unlocked by a throwaway password, its keyring files under a temp HOME, so the
 * user's own keyring is never touched. Needs Debian's {@code dbus}, {@code gnome-keyring} and
 * {@code libsecret-tools} (.ci/run installs them); skipped, with the reason, where they are absent.
 */
class SecretServiceKeyringTest {
    private static final String KEY = "private_Keyring_Canary_123";

    @TempDir
    Path home;

    private Process session;
    private String bus;

    @BeforeEach
    void startSession() throws Exception {
        for (String tool : new String[] {"dbus-run-session", "gnome-keyring-daemon", "secret-tool"}) {
            assumeTrue(onPath(tool), tool + " is not installed (apt-get install dbus gnome-keyring libsecret-tools): real-keyring test skipped");
        }
        // Test scaffolding only: the shell starts the session and the daemon; the adapter under
        // test runs secret-tool itself, without a shell.
        String script = "printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
                + "echo \"BUS=$DBUS_SESSION_BUS_ADDRESS\"; exec sleep 120";
        ProcessBuilder pb = new ProcessBuilder("dbus-run-session", "--", "sh", "-c", script).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        session = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(session.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(20, TimeUnit.SECONDS);
        assumeTrue(line != null && line.startsWith("BUS=unix:"), "no private D-Bus session could be started: " + line);
        bus = line.substring(4);
        awaitLoginCollection();
    }

    /**
     * The daemon makes and unlocks its login collection after {@code --unlock} returns: a store in
     * that moment fails ("object does not exist at path .../collection/login", or "locked
     * collection"), seen on a loaded machine. Scaffolding: wait until a probe item can be stored.
     */
    private void awaitLoginCollection() throws InterruptedException {
        SecretToolCredentials probe = SecretToolCredentials.of("secret-tool", Map.of("DBUS_SESSION_BUS_ADDRESS", bus), "probe");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                probe.store(PrivateKey.of(KEY));
                probe.forget();
                return;
            } catch (CredentialStoreUnavailableException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(100);
            }
        }
    }

    @AfterEach
    void stopSession() throws Exception {
        if (session != null) {
            session.descendants().forEach(ProcessHandle::destroy);
            session.destroy();
            session.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void storeReadReplaceAndForgetInARealKeyring() {
        SecretToolCredentials store = SecretToolCredentials.of("secret-tool", Map.of("DBUS_SESSION_BUS_ADDRESS", bus), "keyring-test");
        assertThat(store.privateKey()).isEmpty();

        store.store(PrivateKey.of(KEY));
        assertThat(store.privateKey()).hasValueSatisfying(k -> assertThat(k.sameAs(PrivateKey.of(KEY))).isTrue());

        store.store(PrivateKey.of(KEY + "_v2"));
        assertThat(store.privateKey()).hasValueSatisfying(k -> assertThat(k.sameAs(PrivateKey.of(KEY + "_v2"))).isTrue());

        store.forget();
        assertThat(store.privateKey()).isEmpty();
    }

    @Test
    void theKeyIsNotWrittenAsPlainTextAnywhereUnderHome() throws Exception {
        SecretToolCredentials store = SecretToolCredentials.of("secret-tool", Map.of("DBUS_SESSION_BUS_ADDRESS", bus), "plain-test");
        store.store(PrivateKey.of(KEY));
        try (var files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(f ->
                    assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(KEY));
        }
        store.forget();
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
