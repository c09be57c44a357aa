package io.mediadesk.sync.credential;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code secret-tool} command (Debian package {@code libsecret-tools}) directly, never
 * through a shell, so no argument is ever parsed twice; a secret only ever travels on stdin, never
 * in argv, where any local user could read it from {@code /proc}. Bounded in time: a keyring that
 * wants to show an unlock prompt nobody can answer counts as unavailable.
 */
final class SecretTool {
    /** What one run said. */
    record Result(int exit, String out, String err) {
    }

    private final String executable;
    private final Map<String, String> environment;
    private final Duration timeout;

    /** {@code executable} null: there is no session to reach a Secret Service in, every run is unavailable. */
    SecretTool(String executable, Map<String, String> environment, Duration timeout) {
        this.executable = executable;
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    /** Runs {@code secret-tool args...} with {@code stdin} (may be empty); throws when it could not run or hung. */
    Result run(List<String> args, byte[] stdin) {
        if (executable == null) {
            throw new CredentialStoreUnavailableException("no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service");
        }
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new CredentialStoreUnavailableException(executable + " cannot be run (Debian/Ubuntu: apt-get install libsecret-tools): "
                    + e.getMessage(), e);
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        } catch (IOException e) {
            // It exited before reading: its exit status and stderr say why.
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new CredentialStoreUnavailableException("secret-tool did not answer within " + timeout.toSeconds()
                        + " s (a locked keyring waiting for a password?)");
            }
            return new Result(process.exitValue(), text(out.get()), text(err.get()));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CredentialStoreUnavailableException("interrupted while waiting for secret-tool", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new CredentialStoreUnavailableException("cannot read secret-tool's output", e);
        }
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readNBytes(64 * 1024);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
