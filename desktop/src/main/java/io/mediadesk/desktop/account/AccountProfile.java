package io.mediadesk.desktop.account;

import io.mediadesk.sync.client.ClientConfig;
import io.mediadesk.sync.url.DeliveryUrls;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One account the console can connect to (e.g. staging, production), as kept in
 * {@code accounts.json}. The private key is not here: it is in the OS credential store, under
 * the profile's name; {@code keyHint} is its masked form ({@code private_…abcd}) so people can
 * tell keys apart without the key ever being shown again.
 *
 * @param sandbox the local stand-in started in-process: its bases change on every start
 */
public record AccountProfile(String name, String urlEndpoint, String apiBase, String uploadBase, String publicKey,
        String keyHint, boolean sandbox) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}");

    public AccountProfile {
        Objects.requireNonNull(name, "name");
        urlEndpoint = urlEndpoint == null ? "" : urlEndpoint.strip();
        apiBase = apiBase == null || apiBase.isBlank() ? ClientConfig.DEFAULT_API_BASE : apiBase.strip();
        uploadBase = uploadBase == null || uploadBase.isBlank() ? ClientConfig.DEFAULT_UPLOAD_BASE : uploadBase.strip();
        publicKey = publicKey == null ? "" : publicKey.strip();
        keyHint = keyHint == null ? "" : keyHint;
    }

    /**
     * Checks what a person typed and says what is wrong, in the words of the form: the name, the
     * URL endpoint and both bases.
     *
     * @throws IllegalArgumentException with a message for the form
     */
    public AccountProfile validated() {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Name: 1-40 letters, digits, spaces, dots, dashes or underscores, "
                    + "starting with a letter or digit");
        }
        if (urlEndpoint.isEmpty()) {
            throw new IllegalArgumentException("URL endpoint: required, e.g. https://ik.imagekit.io/your_id");
        }
        try {
            DeliveryUrls.of(urlEndpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("URL endpoint: " + e.getMessage(), e);
        }
        try {
            ClientConfig.defaults().withBases(apiBase, uploadBase);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("API or upload base: " + e.getMessage(), e);
        }
        return this;
    }

    public AccountProfile withKeyHint(String hint) {
        return new AccountProfile(name, urlEndpoint, apiBase, uploadBase, publicKey, hint, sandbox);
    }

    /** What the switcher shows: the name and, for the sandbox, that it is local. */
    @Override
    public String toString() {
        return sandbox ? name + " (local sandbox)" : name;
    }
}
