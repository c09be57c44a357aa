package io.mediadesk.sync.credential;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The private key in the Linux Secret Service (GNOME Keyring, KWallet's bridge, KeePassXC...),
 * through {@link SecretTool}: stored under the attributes {@code service=mediadesk account=NAME},
 * labelled "Mediadesk private key (NAME)". Read, store and forget map to {@code secret-tool
 * lookup|store|clear}. A lookup that finds nothing exits 1 and says nothing; any other failure
 * (no session bus, no keyring daemon, a locked collection) says something on stderr, and that is
 * raised as {@link CredentialStoreUnavailableException}, never taken for "no key".
 */
public final class SecretToolCredentials implements CredentialStore {
    public static final String SERVICE = "mediadesk";
    public static final String DEFAULT_ACCOUNT = "default";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SecretTool tool;
    private final String account;

    SecretToolCredentials(SecretTool tool, String account) {
        this.tool = tool;
        this.account = account;
    }

    /**
     * {@code secret-tool} from the PATH, in this process's session. Without a session bus
     * ({@code DBUS_SESSION_BUS_ADDRESS} unset: a server, CI, ssh) it is unavailable at once instead
     * of letting libsecret try to start a bus, which can wait on an X display or a prompt.
     */
    public static SecretToolCredentials system() {
        boolean bus = System.getenv("DBUS_SESSION_BUS_ADDRESS") != null;
        return new SecretToolCredentials(new SecretTool(bus ? "secret-tool" : null, Map.of(), TIMEOUT), DEFAULT_ACCOUNT);
    }

    /**
     * {@code executable} run with {@code environment} added to this process's, e.g. a test's own
     * {@code DBUS_SESSION_BUS_ADDRESS}; {@code account} names the key among several.
     */
    public static SecretToolCredentials of(String executable, Map<String, String> environment, String account) {
        return new SecretToolCredentials(new SecretTool(executable, environment, TIMEOUT), account);
    }

    @Override
    public Optional<PrivateKey> privateKey() {
        SecretTool.Result result = tool.run(with("lookup"), new byte[0]);
        if (result.exit() == 0 && !result.out().isBlank()) {
            return Optional.of(PrivateKey.of(result.out()));
        }
        if (result.err().isBlank() && result.exit() <= 1) {
            return Optional.empty();
        }
        throw unavailable("lookup", result);
    }

    @Override
    public void store(PrivateKey key) {
        List<String> args = new java.util.ArrayList<>(List.of("store", "--label=Mediadesk private key (" + account + ")"));
        args.addAll(attributes());
        SecretTool.Result result = tool.run(args, key.secretBytes());
        if (result.exit() != 0) {
            throw unavailable("store", result);
        }
    }

    @Override
    public void forget() {
        SecretTool.Result result = tool.run(with("clear"), new byte[0]);
        if (result.exit() != 0 && !result.err().isBlank()) {
            throw unavailable("clear", result);
        }
    }

    private List<String> with(String verb) {
        List<String> args = new java.util.ArrayList<>(List.of(verb));
        args.addAll(attributes());
        return args;
    }

    private List<String> attributes() {
        return List.of("service", SERVICE, "account", account);
    }

    private static CredentialStoreUnavailableException unavailable(String verb, SecretTool.Result result) {
        String reason = result.err().lines().filter(l -> !l.isBlank()).findFirst().orElse("exit status " + result.exit());
        return new CredentialStoreUnavailableException("the Secret Service refused to " + verb + " the key: " + reason.strip());
    }
}
