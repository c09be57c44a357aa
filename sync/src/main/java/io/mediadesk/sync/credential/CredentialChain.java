package io.mediadesk.sync.credential;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first source that has a key, in order: normally the OS credential store, then the
 * environment. A store that cannot be reached (headless Linux without a session bus, a locked
 * keyring) is passed over, and said so at INFO, so a CI job with {@code MEDIADESK_PRIVATE_KEY}
 * still works; if no source has a key the caller says how to provide one.
 */
public final class CredentialChain implements CredentialSource {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialChain.class);

    private final List<CredentialSource> sources;

    private CredentialChain(List<CredentialSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public static CredentialChain of(CredentialSource... sources) {
        return new CredentialChain(List.of(sources));
    }

    /** The store of this OS (today: the Secret Service on Linux, elsewhere none yet), then the environment. */
    public static CredentialChain standard() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return linux ? of(SecretToolCredentials.system(), new EnvironmentCredentials()) : of(new EnvironmentCredentials());
    }

    @Override
    public Optional<PrivateKey> privateKey() {
        for (CredentialSource source : sources) {
            try {
                Optional<PrivateKey> key = source.privateKey();
                if (key.isPresent()) {
                    return key;
                }
            } catch (CredentialStoreUnavailableException e) {
                LOG.info("the OS credential store is not available ({}); trying the next source", e.getMessage());
            }
        }
        return Optional.empty();
    }
}
