package io.mediadesk.desktop.account;

import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.client.error.ApiException;
import io.mediadesk.sync.client.error.AuthenticationException;
import io.mediadesk.sync.client.error.TransportException;
import io.mediadesk.sync.client.model.FileQuery;
import java.time.Duration;

/**
 * "Test connection": the cheapest authenticated call there is, listing one file, made once
 * without retries, and its failure said in words that point at the fix (the key, the address,
 * the network). Blocking: run it off the FX thread.
 */
public final class ConnectionCheck {

    /** What the check found; {@code ok} false carries the reason in {@code message}. */
    public record Result(boolean ok, String message) {
    }

    private ConnectionCheck() {
    }

    public static Result run(Connection connection) {
        long start = System.nanoTime();
        try {
            connection.impatientClient().files().list(FileQuery.all().pageSize(1)).findFirst();
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            return new Result(true, "Connected to " + connection.profile().apiBase() + " as " + connection.profile().name()
                    + " (" + ms + " ms)");
        } catch (AuthenticationException e) {
            return new Result(false, "The service refused the private key (HTTP " + e.status()
                    + "): check that it is this account's private key, not its public key.");
        } catch (TransportException e) {
            return new Result(false, "Cannot reach " + connection.profile().apiBase() + ": " + e.getMessage()
                    + ". Check the API base and the network.");
        } catch (ApiException e) {
            return new Result(false, "The service answered HTTP " + e.status() + ": " + e.getMessage());
        } catch (SyncException e) {
            return new Result(false, "The check failed: " + e.getMessage());
        }
    }
}
