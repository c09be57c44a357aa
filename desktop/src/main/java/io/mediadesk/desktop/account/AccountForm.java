package io.mediadesk.desktop.account;

import io.mediadesk.sync.credential.PrivateKey;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit form's fields. The private key field is write-only in spirit: it is empty whenever
 * a stored profile is shown (its masked {@link #keyHintProperty() hint} is shown instead) and is
 * cleared the moment the profile is saved; left empty, the stored key is kept.
 */
public final class AccountForm {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty urlEndpoint = new SimpleStringProperty("");
    private final StringProperty apiBase = new SimpleStringProperty("");
    private final StringProperty uploadBase = new SimpleStringProperty("");
    private final StringProperty publicKey = new SimpleStringProperty("");
    private final StringProperty privateKey = new SimpleStringProperty("");
    /** The hint of a profile with no key stored yet (a new one). */
    static final String NO_KEY = "no key yet";

    private final StringProperty keyHint = new SimpleStringProperty(NO_KEY);
    private final StringProperty error = new SimpleStringProperty("");
    private String editing;

    void clear() {
        editing = null;
        name.set("");
        urlEndpoint.set("");
        apiBase.set("");
        uploadBase.set("");
        publicKey.set("");
        privateKey.set("");
        keyHint.set(NO_KEY);
        error.set("");
    }

    void fill(AccountProfile p) {
        editing = p.name();
        name.set(p.name());
        urlEndpoint.set(p.urlEndpoint());
        apiBase.set(p.apiBase());
        uploadBase.set(p.uploadBase());
        publicKey.set(p.publicKey());
        privateKey.set("");
        keyHint.set(p.keyHint().isEmpty() ? "stored" : p.keyHint());
        error.set("");
    }

    AccountProfile profile() {
        return new AccountProfile(name.get().strip(), urlEndpoint.get(), apiBase.get(), uploadBase.get(), publicKey.get(), "", false);
    }

    /** The typed key, or null when the field is empty (keep the stored one). */
    PrivateKey typedKey() {
        String typed = privateKey.get();
        if (typed == null || typed.isBlank()) return null;
        try {
            return PrivateKey.of(typed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Private key: " + e.getMessage(), e);
        }
    }

    /** The name of the profile being edited, or null for a new one. */
    public String editing() {
        return editing;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty urlEndpointProperty() { return urlEndpoint; }
    public StringProperty apiBaseProperty() { return apiBase; }
    public StringProperty uploadBaseProperty() { return uploadBase; }
    public StringProperty publicKeyProperty() { return publicKey; }
    public StringProperty privateKeyProperty() { return privateKey; }
    public StringProperty keyHintProperty() { return keyHint; }
    public StringProperty errorProperty() { return error; }
}
