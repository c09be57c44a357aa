package io.mediadesk.desktop.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.syncpanel.SyncPanelViewModel;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.sync.run.Dispatcher;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copy URL: plain, with the studio's transformation, signed; the signed ones are checked by the stand-in serving them. */
class DeliveryLinksTest {
    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Library library;
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final SimpleStringProperty studio = new SimpleStringProperty("");
    private DeliveryLinks links;
    private Asset jpeg;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        library = Library.open(dir.resolve("lib"), Optional.empty());
        var ids = SandboxAccount.importCorpus(library);
        jpeg = library.assets().find(ids.get(0)).orElseThrow();
        connection.set(SandboxAccount.connect(sandbox));
        links = new DeliveryLinks(connection, studio::get);
    }

    @AfterEach
    void stop() {
        library.close();
        sandbox.close();
    }

    @Test
    void thePlainAndTheStudioUrlAreOnTheAccountsEndpoint() {
        assertThat(links.url(jpeg, DeliveryLinks.Kind.PLAIN, Optional.empty())).isEqualTo(sandbox.urlEndpoint() + "/afl_not_kitty.jpg");
        studio.set(" tr:w-300,h-200:rt-90 ");
        assertThat(links.url(jpeg, DeliveryLinks.Kind.STUDIO, Optional.empty()))
                .isEqualTo(sandbox.urlEndpoint() + "/tr:w-300,h-200:rt-90/afl_not_kitty.jpg");
    }

    @Test
    void aBrokenOrMissingStudioTransformationOrNoAccountIsSaidNotCopied() {
        studio.set("w-abc");
        assertThatThrownBy(() -> links.url(jpeg, DeliveryLinks.Kind.STUDIO, Optional.empty()))
                .hasMessageStartingWith("The studio's transformation has an error");
        studio.set("");
        assertThatThrownBy(() -> links.url(jpeg, DeliveryLinks.Kind.STUDIO, Optional.empty()))
                .hasMessage("The transform studio has no transformation to add.");
        connection.set(null);
        assertThatThrownBy(() -> links.url(jpeg, DeliveryLinks.Kind.PLAIN, Optional.empty())).hasMessageStartingWith("Choose an account");
    }

    @Test
    void signedUrlsAreServedAndATamperedOneIsRefused() throws Exception {
        SyncPanelViewModel sync = new SyncPanelViewModel(library, connection, TaskRunner.sameThread(), Runnable::run,
                n -> Dispatcher.inOrder());
        sync.plan();
        sync.run();
        assertThat(sandbox.files()).hasSize(3);

        String forever = links.url(jpeg, DeliveryLinks.Kind.SIGNED, Optional.empty());
        String hour = links.url(jpeg, DeliveryLinks.Kind.SIGNED, Optional.of(Duration.ofHours(1)));
        assertThat(forever).contains("ik-s=").doesNotContain("ik-t=");
        assertThat(hour).contains("ik-t=", "ik-s=");
        long t = Long.parseLong(hour.replaceAll(".*ik-t=(\\d+).*", "$1"));
        assertThat(t - System.currentTimeMillis() / 1000).isBetween(3590L, 3600L);
        assertThat(status(forever)).isEqualTo(200);
        assertThat(status(hour)).isEqualTo(200);
        String tampered = hour.replaceAll("ik-s=.", "ik-s=" + (hour.matches(".*ik-s=0.*") ? "1" : "0"));
        assertThat(status(tampered)).isIn(401, 403);
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
