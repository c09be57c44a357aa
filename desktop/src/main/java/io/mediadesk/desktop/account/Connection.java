package io.mediadesk.desktop.account;

import io.mediadesk.desktop.Version;
import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.client.ImageKitClient;
import io.mediadesk.sync.client.http.RetryPolicy;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.url.DeliveryUrls;
import java.time.Duration;

/**
 * An account the console is connected to: its profile, its key (in memory only, never shown) and
 * the sync module's client and delivery URLs for it. The sync, purge and copy-URL features take
 * the active one from {@link AccountsViewModel#connectionProperty()}.
 */
public record Connection(AccountProfile profile, PrivateKey key, ImageKitClient client, DeliveryUrls urls) {

    /** @throws IllegalArgumentException when the profile's bases or endpoint are not usable URLs */
    public static Connection open(AccountProfile profile, PrivateKey key) {
        return new Connection(profile, key, ImageKitClient.create(config(profile), key), DeliveryUrls.of(profile.urlEndpoint()));
    }

    /** A client that answers quickly: one attempt, short timeouts, for "test connection". */
    ImageKitClient impatientClient() {
        return ImageKitClient.create(config(profile).withRetry(RetryPolicy.noRetries())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(15)), key);
    }

    private static ClientConfig config(AccountProfile profile) {
        return ClientConfig.defaults().withBases(profile.apiBase(), profile.uploadBase()).withVersion(Version.value());
    }
}
