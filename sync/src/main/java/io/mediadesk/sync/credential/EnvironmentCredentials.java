package io.mediadesk.sync.credential;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** The key from the environment variable {@value #VARIABLE}; blank counts as absent. */
public final class EnvironmentCredentials implements CredentialSource {
    public static final String VARIABLE = "MEDIADESK_PRIVATE_KEY";

    private final UnaryOperator<String> environment;

    /** Reads the process environment. */
    public EnvironmentCredentials() {
        this(System::getenv);
    }

    /** Reads {@code environment}, so tests need not touch the real one. */
    public EnvironmentCredentials(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public Optional<PrivateKey> privateKey() {
        String value = environment.apply(VARIABLE);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PrivateKey.of(value));
    }
}
