package io.mediadesk.desktop.account;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.settings.JsonFile;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account profiles: the list and the switcher, the add/edit form, "test connection" and "use
 * the local sandbox". The active profile's {@link Connection} (profile, key and client) is what
 * the sync and purge panels and the copy-URL menu use; it is null while there is no key for it.
 * Key lookups and stores, the check and the sandbox start run on the {@link TaskRunner}; the
 * typed private key leaves the form as soon as it is saved, leaving only its masked hint.
 */
public final class AccountsViewModel implements AutoCloseable {
    private final JsonFile<AccountBook> file;
    private final KeyVault vault;
    private final TaskRunner tasks;
    private final LocalSandbox sandbox;

    private final ObservableList<AccountProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<AccountProfile> active = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> checkPassed = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final AccountForm form = new AccountForm();
    private final UsageViewModel usage;

    public AccountsViewModel(Path libraryFolder, KeyVault vault, TaskRunner tasks) {
        this(libraryFolder, vault, tasks, SandboxOptions.defaults());
    }

    /** {@code sandboxOptions}: how the local sandbox starts (tests make purges complete sooner). */
    public AccountsViewModel(Path libraryFolder, KeyVault vault, TaskRunner tasks, SandboxOptions sandboxOptions) {
        this.file = new JsonFile<>(libraryFolder.resolve("accounts.json"), AccountBook.class);
        this.vault = vault;
        this.tasks = tasks;
        this.sandbox = new LocalSandbox(libraryFolder.resolve("sandbox"), sandboxOptions);
        this.usage = new UsageViewModel(connection.getReadOnlyProperty(), tasks, java.time.Clock.systemUTC());
        active.addListener((obs, was, now) -> {
            if (now != null && (was == null || !was.name().equals(now.name()))) connect(now);
            if (now == null) connection.set(null);
        });
    }

    /** Reads the stored profiles in the background, then connects the active one. */
    public void load() {
        tasks.run(() -> file.read().orElse(AccountBook.EMPTY), book -> {
            profiles.setAll(book.profiles());
            profiles.stream().filter(p -> p.name().equals(book.active())).findFirst().ifPresent(active::set);
        }, e -> status.set("Cannot read the profiles: " + e.getMessage()));
    }

    /** Makes {@code profile} the active one and looks up its key. */
    public void activate(AccountProfile profile) {
        active.set(profile);
        persist();
    }

    private void connect(AccountProfile profile) {
        connection.set(null);
        checkPassed.set(null);
        busy.set(true);
        status.set("Connecting to " + profile.name() + "…");
        tasks.run(() -> open(profile), c -> {
            busy.set(false);
            if (active.get() == null || !active.get().name().equals(profile.name())) return; // switched meanwhile
            if (c.isEmpty()) {
                status.set("No private key for " + profile.name() + ": edit the profile and enter it.");
                return;
            }
            replace(profile.name(), c.get().profile());
            connection.set(c.get());
            status.set("Active: " + c.get().profile().name());
        }, e -> {
            busy.set(false);
            status.set(e.getMessage());
        });
    }

    /** Off the FX thread: the key may come from the Secret Service, the sandbox may have to start. */
    private Optional<Connection> open(AccountProfile profile) {
        if (profile.sandbox()) {
            AccountProfile now = sandbox.profile();
            vault.remember(now.name(), sandbox.key());
            return Optional.of(Connection.open(now, sandbox.key()));
        }
        return vault.key(profile.name()).map(k -> Connection.open(profile, k));
    }

    /** Starts the local stand-in (if needed), adds its profile and makes it active. */
    public void useSandbox() {
        busy.set(true);
        status.set("Starting the local sandbox…");
        tasks.run(sandbox::profile, profile -> {
            busy.set(false);
            replace(profile.name(), profile);
            active.set(null);
            activate(profiles.stream().filter(p -> p.name().equals(profile.name())).findFirst().orElseThrow());
        }, e -> {
            busy.set(false);
            status.set(e.getMessage());
        });
    }

    /** Clears the form for a new profile. */
    public void newProfile() {
        form.clear();
    }

    public void edit(AccountProfile profile) {
        form.fill(profile);
    }

    /**
     * Saves the form: checks it, stores a newly typed key in the credential store (under the
     * profile's name), and keeps only its hint. A rename carries the stored key over.
     */
    public void save() {
        AccountProfile typed;
        PrivateKey key;
        try {
            typed = form.profile().validated();
            key = form.typedKey();
        } catch (IllegalArgumentException e) {
            form.errorProperty().set(e.getMessage());
            return;
        }
        String previous = form.editing();
        if (profiles.stream().anyMatch(p -> p.name().equals(typed.name()) && !typed.name().equals(previous))) {
            form.errorProperty().set("Name: there is already a profile called " + typed.name());
            return;
        }
        if (key == null && previous == null) {
            form.errorProperty().set("Private key: required for a new profile (it goes to the OS credential store)");
            return;
        }
        String oldHint = profiles.stream().filter(p -> p.name().equals(previous)).map(AccountProfile::keyHint).findFirst().orElse("");
        AccountProfile saved = typed.withKeyHint(key == null ? oldHint : KeyHint.of(form.privateKeyProperty().get()));
        form.privateKeyProperty().set(""); // the key leaves the form now; only its hint is shown again
        form.errorProperty().set("");
        form.fill(saved);
        int at = previous == null ? -1 : indexOf(previous);
        if (at >= 0) {
            profiles.set(at, saved);
        } else {
            profiles.add(saved);
        }
        persist();
        busy.set(true);
        tasks.run(() -> keep(previous, saved.name(), key), kept -> {
            busy.set(false);
            status.set(kept);
            if (active.get() != null && (active.get().name().equals(previous) || active.get().name().equals(saved.name()))) {
                active.set(null);
                activate(saved);
            }
        }, e -> {
            busy.set(false);
            status.set("The key was not stored: " + e.getMessage());
        });
    }

    private String keep(String previous, String name, PrivateKey key) {
        if (key == null && previous != null && !previous.equals(name)) {
            Optional<PrivateKey> old = vault.key(previous);
            if (old.isPresent()) {
                key = old.get();
                vault.forget(previous);
            }
        }
        if (key == null) return "Saved " + name;
        return switch (vault.store(name, key)) {
            case OS_STORE -> "Saved " + name + "; its private key is in the OS credential store";
            case THIS_SESSION -> "Saved " + name + ". The OS credential store is not available, so the key is kept "
                    + "for this session only (never in a file): enter it again after a restart.";
        };
    }

    /** Removes the profile and forgets its key. */
    public void remove(AccountProfile profile) {
        profiles.remove(profile);
        if (active.get() != null && active.get().name().equals(profile.name())) {
            active.set(null);
        }
        if (profile.name().equals(form.editing())) form.clear();
        persist();
        tasks.run(() -> vault.forget(profile.name()), reached -> status.set(reached ? "Removed " + profile.name()
                : "Removed " + profile.name() + "; the OS credential store could not be reached to forget its key"),
                e -> status.set(e.getMessage()));
    }

    /** Checks the active connection with one authenticated call, off the FX thread. */
    public void testConnection() {
        Connection c = connection.get();
        if (c == null) {
            checkPassed.set(false);
            status.set(active.get() == null ? "Choose or add an account first." : "No private key for " + active.get().name() + ".");
            return;
        }
        busy.set(true);
        checkPassed.set(null);
        status.set("Testing " + c.profile().name() + "…");
        tasks.run(() -> ConnectionCheck.run(c), r -> {
            busy.set(false);
            checkPassed.set(r.ok());
            status.set(r.message());
        }, e -> {
            busy.set(false);
            checkPassed.set(false);
            status.set(e.getMessage());
        });
    }

    private int indexOf(String name) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(name)) return i;
        }
        return -1;
    }

    private void replace(String name, AccountProfile profile) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).name().equals(name)) {
                if (!profiles.get(i).equals(profile)) {
                    profiles.set(i, profile);
                    persist();
                }
                return;
            }
        }
        profiles.add(profile);
        persist();
    }

    /** Writes the book in the background; a slower older write never lands after a newer one. */
    private void persist() {
        AccountProfile a = active.get();
        AccountBook book = new AccountBook(a == null ? null : a.name(), new ArrayList<>(profiles));
        long ticket = file.ticket();
        tasks.run(() -> {
            file.write(ticket, book);
            return null;
        }, ok -> { }, e -> status.set("Cannot save the profiles: " + e.getMessage()));
    }

    public ObservableList<AccountProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<AccountProfile> activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True or false after a check; null before one or while it runs. */
    public ObjectProperty<Boolean> checkPassedProperty() {
        return checkPassed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public AccountForm form() {
        return form;
    }

    /** The active account's usage figures. */
    public UsageViewModel usage() {
        return usage;
    }

    /** Stops the local sandbox if it was started. */
    @Override
    public void close() {
        sandbox.close();
    }
}
