package io.mediadesk.desktop.account;

import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The local stand-in of the service (sync's {@code sandbox}), started in this process on a free
 * loopback port with its data in {@code <library>/sandbox}, so people can try sync, purge and
 * signed URLs without an account. Its key is a throwaway kept by the sandbox itself; it stays in
 * memory here. Started on demand, stopped with the window.
 */
final class LocalSandbox implements AutoCloseable {
    static final String PROFILE_NAME = "Local sandbox";

    private final Path dataFolder;
    private final SandboxOptions options;
    private Sandbox running;

    LocalSandbox(Path dataFolder, SandboxOptions options) {
        this.dataFolder = dataFolder;
        this.options = options;
    }

    /** Starts it unless it runs; blocking. Throws with a readable message when the data folder is in use. */
    synchronized Sandbox start() {
        if (running == null) {
            try {
                running = Sandbox.start(options.withPort(0).withDataFolder(dataFolder));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the local sandbox: " + e.getMessage(), e);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("cannot start the local sandbox: " + e.getMessage()
                        + " (is `mediadesk sandbox` running on this library?)", e);
            }
        }
        return running;
    }

    /** The profile of the running sandbox: its bases change with every start. */
    synchronized AccountProfile profile() {
        Sandbox s = start();
        String key = s.privateKey();
        return new AccountProfile(PROFILE_NAME, s.urlEndpoint(), s.apiBase(), s.uploadBase(), s.publicKey(), KeyHint.of(key), true);
    }

    synchronized PrivateKey key() {
        return PrivateKey.of(start().privateKey());
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
