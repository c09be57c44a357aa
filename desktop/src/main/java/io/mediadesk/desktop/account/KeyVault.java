package io.mediadesk.desktop.account;

import io.mediadesk.sync.credential.CredentialStore;
import io.mediadesk.sync.credential.CredentialStoreUnavailableException;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.credential.SecretToolCredentials;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The profiles' private keys: each in the OS credential store under its profile's name. When the
 * store cannot be reached (no session bus, a locked keyring) a key is kept in this process's
 * memory only, and {@link #store} says so: it is never written to a file. The sandbox's
 * throwaway key is only ever kept in memory. Every method may block (the Secret Service is a
 * process away): call them off the FX thread.
 */
public final class KeyVault {
    /** Where {@link #store} put the key. */
    public enum Kept { OS_STORE, THIS_SESSION }

    private final Function<String, CredentialStore> stores;
    private final Map<String, PrivateKey> session = new ConcurrentHashMap<>();

    /** {@code stores} gives the credential store slot of one profile name. */
    public KeyVault(Function<String, CredentialStore> stores) {
        this.stores = stores;
    }

    /** The Linux Secret Service through {@code secret-tool}, one entry per profile ({@code account=profile:NAME}). */
    public static KeyVault system() {
        boolean bus = System.getenv("DBUS_SESSION_BUS_ADDRESS") != null;
        return new KeyVault(name -> SecretToolCredentials.of(bus ? "secret-tool" : null, Map.of(), "profile:" + name));
    }

    /** Memory only: for tests, and where no credential store exists. */
    public static KeyVault inMemory() {
        return new KeyVault(name -> {
            throw new CredentialStoreUnavailableException("no credential store in this vault");
        });
    }

    public Kept store(String profile, PrivateKey key) {
        try {
            stores.apply(profile).store(key);
            session.remove(profile);
            return Kept.OS_STORE;
        } catch (CredentialStoreUnavailableException e) {
            session.put(profile, key);
            return Kept.THIS_SESSION;
        }
    }

    /** Keeps a key for this process only (the sandbox's throwaway). */
    public void remember(String profile, PrivateKey key) {
        session.put(profile, key);
    }

    public Optional<PrivateKey> key(String profile) {
        PrivateKey kept = session.get(profile);
        if (kept != null) return Optional.of(kept);
        try {
            return stores.apply(profile).privateKey();
        } catch (CredentialStoreUnavailableException e) {
            return Optional.empty();
        }
    }

    /** Forgets the key everywhere; returns false when the OS store could not be reached (it keeps what it had). */
    public boolean forget(String profile) {
        session.remove(profile);
        try {
            stores.apply(profile).forget();
            return true;
        } catch (CredentialStoreUnavailableException e) {
            return false;
        }
    }
}
