package io.mediadesk.desktop.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.sync.client.model.AccountUsage;
import io.mediadesk.sync.client.model.UploadRequest;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage figures against the real stand-in, same-thread tasks: the figures, the month, a 403, stale answers dropped. */
class UsageViewModelTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void showsTheStoredBytesAndThisMonthsBandwidthOfTheActiveAccount() throws Exception {
        Connection c = SandboxAccount.connect(sandbox);
        var up = c.client().uploads().upload(UploadRequest.of(Files.write(dir.resolve("a.bin"), new byte[3000])).useUniqueFileName(false));
        c.client().uploads().upload(UploadRequest.of(Files.write(dir.resolve("b.bin"), new byte[500])).useUniqueFileName(false));
        c.client().files().content(up.url()); // 3000 bytes delivered today
        UsageViewModel model = new UsageViewModel(connection, TaskRunner.sameThread(), clock);

        connection.set(c);

        assertThat(model.failedProperty().get()).as(model.statusProperty().get()).isFalse();
        assertThat(model.figures()).containsExactly(
                new UsageViewModel.Figure("Media library storage", "3.4 KB (3,500 bytes)"),
                new UsageViewModel.Figure("Bandwidth this month", "2.9 KB (3,000 bytes)"),
                new UsageViewModel.Figure("Original cache storage", "0 B"),
                new UsageViewModel.Figure("Video processing units", "0"),
                new UsageViewModel.Figure("Extension units", "0"));
        assertThat(model.statusProperty().get()).isEqualTo("Usage of sandbox-test");
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        assertThat(model.rangeProperty().get()).startsWith("1 ").endsWith(" " + today.getYear() + " (UTC)");
    }

    @Test
    void aKeyWithoutThePermissionIsToldPolitely() {
        sandbox.usagePermission(false);
        UsageViewModel model = new UsageViewModel(connection, TaskRunner.sameThread(), clock);

        connection.set(SandboxAccount.connect(sandbox));

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.figures()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("This key may not read the account's usage (HTTP 403)");

        sandbox.usagePermission(true);
        model.refresh();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.figures()).isNotEmpty();
    }

    @Test
    void withoutAnAccountThereIsNothingToRead() {
        UsageViewModel model = new UsageViewModel(connection, TaskRunner.sameThread(), clock);
        connection.set(SandboxAccount.connect(sandbox));
        assertThat(model.figures()).isNotEmpty();

        connection.set(null);

        assertThat(model.figures()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Connect an account to see its usage.");
    }

    @Test
    void anAnswerForAnAccountSwitchedAwayFromNeverLands() {
        List<Runnable> pending = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(java.util.function.Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                pending.add(() -> {
                    try {
                        done.accept(work.get());
                    } catch (RuntimeException e) {
                        failed.accept(e);
                    }
                });
            }
        };
        UsageViewModel model = new UsageViewModel(connection, later, clock);
        connection.set(SandboxAccount.connect(sandbox));
        connection.set(null);
        pending.forEach(Runnable::run);

        assertThat(model.figures()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Connect an account to see its usage.");
    }

    @Test
    void figuresTheServiceLeftOutAreNotShown() {
        assertThat(UsageViewModel.figures(new AccountUsage(2048L, null, null, 3L, null))).containsExactly(
                new UsageViewModel.Figure("Bandwidth this month", "2.0 KB (2,048 bytes)"),
                new UsageViewModel.Figure("Extension units", "3"));
    }
}
