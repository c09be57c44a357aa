package io.mediadesk.desktop.account;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.transform.ByteCount;
import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.client.error.ApiException;
import io.mediadesk.sync.client.error.AuthenticationException;
import io.mediadesk.sync.client.error.TransportException;
import io.mediadesk.sync.client.model.AccountUsage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The active account's usage this month ({@code GET /v1/accounts/usage} from the 1st, UTC, to the
 * end of today: the service leaves the end date out, so the range ends tomorrow), read on the
 * {@link TaskRunner} whenever the account changes or a person asks, with one attempt and short
 * timeouts like "test connection". Only the newest request lands; failures are said in words that
 * point at the fix (a key without the usage permission gets 403).
 */
public final class UsageViewModel {
    /** One figure: its label and its value in words. */
    public record Figure(String label, String value) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final ObservableValue<Connection> connection;
    private final TaskRunner tasks;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final StringProperty range = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public UsageViewModel(ObservableValue<Connection> connection, TaskRunner tasks, Clock clock) {
        this.connection = connection;
        this.tasks = tasks;
        this.clock = clock;
        connection.addListener((o, was, now) -> refresh());
    }

    /** Reads the figures again for the active account (nothing to read without one). */
    public void refresh() {
        long gen = generation.incrementAndGet();
        Connection c = connection.getValue();
        figures.clear();
        failed.set(false);
        if (c == null) {
            loading.set(false);
            range.set("");
            status.set("Connect an account to see its usage.");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate start = today.withDayOfMonth(1);
        LocalDate end = today.plusDays(1);
        range.set(DAY.format(start) + " – " + DAY.format(today) + " (UTC)");
        loading.set(true);
        status.set("Reading the usage of " + c.profile().name() + "…");
        tasks.run(() -> c.impatientClient().accounts().usage(start, end), usage -> {
            if (gen != generation.get()) return; // another account, or a newer refresh
            loading.set(false);
            figures.setAll(figures(usage));
            status.set(figures.isEmpty() ? "The service gave no usage figures for " + c.profile().name() + "."
                    : "Usage of " + c.profile().name());
        }, e -> {
            if (gen != generation.get()) return;
            loading.set(false);
            failed.set(true);
            status.set(words(e, c));
        });
    }

    /** The figures the answer holds, in the service's order; a figure it left out is not shown. */
    static List<Figure> figures(AccountUsage u) {
        java.util.ArrayList<Figure> out = new java.util.ArrayList<>();
        if (u.mediaLibraryStorageBytes() != null) out.add(new Figure("Media library storage", bytes(u.mediaLibraryStorageBytes())));
        if (u.bandwidthBytes() != null) out.add(new Figure("Bandwidth this month", bytes(u.bandwidthBytes())));
        if (u.originalCacheStorageBytes() != null) out.add(new Figure("Original cache storage", bytes(u.originalCacheStorageBytes())));
        if (u.videoProcessingUnitsCount() != null) out.add(new Figure("Video processing units", count(u.videoProcessingUnitsCount())));
        if (u.extensionUnitsCount() != null) out.add(new Figure("Extension units", count(u.extensionUnitsCount())));
        return out;
    }

    private static String bytes(long n) {
        return n < 1024 ? ByteCount.text(n) : ByteCount.text(n) + " (" + count(n) + " bytes)";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String words(Throwable e, Connection c) {
        if (e instanceof AuthenticationException a && a.status() == 403) {
            return "This key may not read the account's usage (HTTP 403). A restricted key needs the usage permission;"
                    + " the account's main private key has it.";
        }
        if (e instanceof AuthenticationException a) {
            return "The service refused the private key (HTTP " + a.status() + "): edit the profile and enter it again.";
        }
        if (e instanceof TransportException) {
            return "Cannot reach " + c.profile().apiBase() + " to read the usage: " + e.getMessage();
        }
        if (e instanceof ApiException a && a.status() == 404) {
            return "This service has no usage API (HTTP 404): see the usage in its dashboard.";
        }
        if (e instanceof ApiException a) {
            return "The service did not give the usage (HTTP " + a.status() + "): " + e.getMessage();
        }
        if (e instanceof SyncException) {
            return "The usage could not be read: " + e.getMessage();
        }
        return "The usage could not be read: " + e.getMessage();
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    /** {@code 1 Nov 2026 – 26 Nov 2026 (UTC)}. */
    public StringProperty rangeProperty() {
        return range;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True when the last read failed; the status says why. */
    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
