package io.mediadesk.desktop.purge;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.sync.purge.PurgeQuota;
import io.mediadesk.sync.purge.PurgeRunner;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The purge panel's model against the real stand-in: the planner's verdicts, then the requests polled to Completed. */
class PurgePanelViewModelTest {
    @TempDir
    Path library;

    private Sandbox sandbox;
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final List<String> seenStatuses = new ArrayList<>();
    private PurgePanelViewModel model;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPurgePending(2, Duration.ofSeconds(30)));
        connection.set(SandboxAccount.connect(sandbox));
        model = new PurgePanelViewModel(library, connection, TaskRunner.sameThread(), Runnable::run,
                PurgeRunner.Options.defaults().withPolls(Duration.ofMillis(20), Duration.ofMillis(100)), new PurgeQuota(1000));
        model.rows().addListener((javafx.collections.ListChangeListener<PurgeRow>) c -> model.rows().forEach(r -> seenStatuses.add(r.status())));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void pastedUrlsGetTheirVerdictThenEachRequestIsPolledUntilCompleted() {
        String base = sandbox.urlEndpoint();
        model.pastedProperty().set(String.join("\n", "# campaign images", base + "/campaign/a.jpg", "",
                base + "/campaign/b.jpg?tr=w-300", base + "/x*/y.jpg", "not a url"));
        model.planPasted();

        assertThat(model.rows()).extracting(PurgeRow::url, PurgeRow::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple(base + "/campaign/a.jpg", "purge"),
                org.assertj.core.groups.Tuple.tuple(base + "/campaign/b.jpg?tr=w-300", "purge"),
                org.assertj.core.groups.Tuple.tuple(base + "/x*/y.jpg", "refused: a wildcard * is allowed once, at the very end of the URL"),
                org.assertj.core.groups.Tuple.tuple("not a url", "refused: not an absolute http(s) URL"));
        assertThat(model.statusProperty().get()).isEqualTo("2 request(s) to send; 2 input(s) the service would refuse (not sent)");
        assertThat(model.quotaProperty().get()).contains("0 of 1000 used");

        model.submit();
        assertThat(model.rows().subList(0, 2)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("Completed");
            assertThat(r.requestId()).isNotEmpty();
        });
        assertThat(model.rows().subList(2, 4)).extracting(PurgeRow::status).containsOnly("not sent");
        assertThat(seenStatuses).as("the status was shown live before it turned Completed").contains("Pending");
        assertThat(sandbox.purgedUrls()).containsExactly(base + "/campaign/a.jpg", base + "/campaign/b.jpg?tr=w-300");
        assertThat(model.statusProperty().get()).isEqualTo("Done: 2 completed, 0 failed of 2");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.quotaProperty().get()).contains("2 of 1000 used");
    }

    @Test
    void theSelectionAndAFolderArePlannedByThePurgePlanner() {
        String base = sandbox.urlEndpoint();
        model.planAssets(List.of("/products/shoe.jpg"));
        assertThat(model.rows()).extracting(PurgeRow::url, PurgeRow::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple(base + "/products/shoe.jpg", "purge"),
                org.assertj.core.groups.Tuple.tuple(base + "/products/shoe.jpg*", "purge prefix"));

        model.planFolder("/products/red/", List.of("/products/red/a.jpg", "/products/red/b.jpg"));
        assertThat(model.rows()).extracting(PurgeRow::url).containsExactly(base + "/products/red/*");
    }

    @Test
    void cancelStopsAfterTheRequestInFlightAndTheNextSubmitResumesWithoutSendingTwice() {
        String base = sandbox.urlEndpoint();
        model.pastedProperty().set(base + "/a.jpg\n" + base + "/b.jpg");
        model.planPasted();
        boolean[] cancelled = {false};
        model.statusProperty().addListener((o, was, now) -> {
            if (now.startsWith("purge: 1/2 accepted") && !cancelled[0]) {
                cancelled[0] = true;
                model.cancel(); // as the Cancel button would, while the runner works
            }
        });
        model.submit();
        assertThat(sandbox.purgedUrls()).containsExactly(base + "/a.jpg");
        assertThat(model.statusProperty().get()).startsWith("Cancelled (send again to resume): 0 completed");
        assertThat(model.rows()).extracting(PurgeRow::status).containsExactly("Pending", "sending");

        PurgePanelViewModel reopened = new PurgePanelViewModel(library, connection, TaskRunner.sameThread(), Runnable::run);
        reopened.load();
        assertThat(reopened.statusProperty().get()).startsWith("2 purge request(s) from an earlier run are unfinished");

        model.submit();
        assertThat(sandbox.purgedUrls()).as("the accepted one is polled, not sent again").containsExactly(base + "/a.jpg", base + "/b.jpg");
        assertThat(model.rows()).extracting(PurgeRow::status).containsExactly("Completed", "Completed");
    }

    @Test
    void withoutAnAccountNothingIsPlanned() {
        connection.set(null);
        model.pastedProperty().set("https://ik.imagekit.io/demo/a.jpg");
        model.planPasted();
        assertThat(model.rows()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Choose an account first");
    }
}
