package io.mediadesk.desktop.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.account.SandboxAccount;
import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.desktop.transform.CdnCompareViewModel.LibraryImage;
import io.mediadesk.desktop.transform.CdnCompareViewModel.State;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.sync.sandbox.Sandbox;
import io.mediadesk.sync.sandbox.SeedFile;
import io.mediadesk.sync.url.DeliveryFetch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CDN comparison against the in-process stand-in, whose delivery URLs are rendered by the same
 * engine: the same URL must come back pixel-identical, a different one must not.
 */
class CdnCompareViewModelTest {
    private static final Renderer RENDERER = new Renderer(Limits.DEFAULT, 1);

    @TempDir
    static Path tmp;
    static Path photo;

    private Sandbox sandbox;
    private final SimpleObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private Optional<LibraryImage> current = Optional.empty();
    private TransformStudioViewModel studio;
    private CdnCompareViewModel model;

    @BeforeAll
    static void photo() throws Exception {
        photo = TestImages.bmp(tmp.resolve("photo.bmp"), 1000, 667);
    }

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        sandbox.seed(Stream.of(SeedFile.of("/pics", "photo.bmp", Files.readAllBytes(photo))));
        connection.set(SandboxAccount.connect(sandbox));
        studio = new TransformStudioViewModel(new PreviewViewModel(RENDERER, TaskRunner.sameThread(), Debouncer.immediate()),
                new PresetGridViewModel(RENDERER, TaskRunner.sameThread()));
        model = new CdnCompareViewModel(studio, connection, RENDERER, TaskRunner.sameThread(), Debouncer.immediate(),
                DeliveryFetch.withTimeout(Duration.ofSeconds(10)), () -> current);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theSameUrlComesBackPixelIdentical() {
        current = Optional.of(new LibraryImage(photo, "/pics/photo.bmp"));
        assertThat(model.openLibraryAsset()).isTrue();
        studio.textProperty().set("w-120,q-70");
        model.shownProperty().set(true);

        assertThat(model.stateProperty().get()).as(model.messageProperty().get()).isEqualTo(State.DONE);
        assertThat(model.urlProperty().get()).isEqualTo(sandbox.urlEndpoint() + "/tr:w-120,q-70/pics/photo.bmp");
        PixelDiff diff = model.differenceProperty().get();
        assertThat(diff.meanAbsolute()).isZero();
        assertThat(diff.shareOver()).isZero();
        assertThat(diff.sizesDiffer()).isFalse();
        assertThat(model.localSummaryProperty().get()).startsWith("120 × 80 · ").isEqualTo(model.cdnSummaryProperty().get());
        assertThat(model.figuresProperty().get()).contains("mean difference 0.00 levels").contains("SSIM 1.0000");
        assertThat(model.messageProperty().get()).isEqualTo("The CDN serves what you see here.");
    }

    @Test
    void aDifferentLocalTransformationDiffersAndReportsTheSizeMismatch() {
        current = Optional.of(new LibraryImage(photo, "/pics/photo.bmp"));
        model.openLibraryAsset();
        model.compare(Transformation.parse("w-120,e-grayscale"), Transformation.parse("w-80"));

        assertThat(model.stateProperty().get()).as(model.messageProperty().get()).isEqualTo(State.DONE);
        // 667 × 120 / 1000 = 80.04 and 667 × 80 / 1000 = 53.36: heights 80 and 53.
        assertThat(model.localProperty().get().height()).isEqualTo(80);
        assertThat(model.cdnProperty().get().width()).isEqualTo(80);
        assertThat(model.cdnProperty().get().height()).isEqualTo(53);
        PixelDiff diff = model.differenceProperty().get();
        assertThat(diff.sizesDiffer()).isTrue();
        assertThat(diff.meanAbsolute()).isGreaterThan(10);
        assertThat(diff.shareOver()).isGreaterThan(0.5);
        assertThat(model.figuresProperty().get()).startsWith("Sizes differ: local 120 × 80, CDN 80 × 53").doesNotContain("SSIM");
        assertThat(model.messageProperty().get()).isEqualTo("The CDN's rendering differs.");
    }

    @Test
    void aPrivateFileIsFetchedAgainWithASignedUrl() throws Exception {
        sandbox.seed(Stream.of(new SeedFile("/private", "photo.bmp", java.util.List.of(Files.readAllBytes(photo)),
                java.util.List.of(), Optional.empty(), true)));
        current = Optional.of(new LibraryImage(photo, "/private/photo.bmp"));
        model.openLibraryAsset();
        studio.textProperty().set("w-120");
        model.shownProperty().set(true);

        assertThat(model.stateProperty().get()).as(model.messageProperty().get()).isEqualTo(State.DONE);
        assertThat(model.differenceProperty().get().meanAbsolute()).isZero();
        assertThat(model.urlProperty().get()).startsWith(sandbox.urlEndpoint() + "/tr:w-120/private/photo.bmp?ik-t=")
                .endsWith("&ik-s=…"); // the signature is not shown
    }

    @Test
    void anAssetNotUploadedIsA404State() {
        current = Optional.of(new LibraryImage(photo, "/pics/not-synced.bmp"));
        model.openLibraryAsset();
        model.shownProperty().set(true);

        assertThat(model.stateProperty().get()).isEqualTo(State.NOT_UPLOADED);
        assertThat(model.messageProperty().get()).startsWith("Not on the CDN (404): upload /pics/not-synced.bmp");
        assertThat(model.cdnProperty().get()).isNull();
    }

    @Test
    void withoutAnAccountItSaysToConnectOne() {
        current = Optional.of(new LibraryImage(photo, "/pics/photo.bmp"));
        model.openLibraryAsset();
        connection.set(null);
        model.shownProperty().set(true);

        assertThat(model.stateProperty().get()).isEqualTo(State.NO_ACCOUNT);
        assertThat(model.messageProperty().get()).contains("Connect an account");
        assertThat(sandbox.requests()).noneMatch(r -> r.toString().contains("/ik/"));
    }

    @Test
    void aFileOpenedFromDiskHasNoCdnUrl() {
        studio.preview().open(photo);
        model.shownProperty().set(true);

        assertThat(model.stateProperty().get()).isEqualTo(State.NOT_LIBRARY);
        assertThat(model.messageProperty().get()).startsWith("Open a library asset to compare with the CDN");
        current = Optional.of(new LibraryImage(photo, "/pics/photo.bmp")); // the library's current asset is that file
        model.compare();
        assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
    }

    @Test
    void anUnreachableCdnIsANetworkState() throws Exception {
        current = Optional.of(new LibraryImage(photo, "/pics/photo.bmp"));
        model.openLibraryAsset();
        Sandbox gone = Sandbox.start();
        connection.set(SandboxAccount.connect(gone));
        gone.close(); // nothing listens on its port any more
        model.shownProperty().set(true);

        assertThat(model.stateProperty().get()).isEqualTo(State.NETWORK);
        assertThat(model.messageProperty().get()).startsWith("The CDN could not be reached");
        assertThat(model.localProperty().get()).as("the local render is still shown").isNotNull();
    }

    @Test
    void aHostedOnlyKeySaysWhyNeitherSideRendered() {
        current = Optional.of(new LibraryImage(photo, "/pics/photo.bmp"));
        model.openLibraryAsset();
        studio.textProperty().set("e-bgremove");
        model.shownProperty().set(true);

        assertThat(model.stateProperty().get()).as(model.messageProperty().get()).isEqualTo(State.CDN_REFUSED);
        assertThat(model.messageProperty().get()).startsWith("The CDN refused the URL (HTTP 400).")
                .contains("Not rendered locally either").contains("bgremove");
    }

    @Test
    void turningTheToggleOffClearsTheComparison() {
        current = Optional.of(new LibraryImage(photo, "/pics/photo.bmp"));
        model.openLibraryAsset();
        model.shownProperty().set(true);
        model.shownProperty().set(false);
        assertThat(model.stateProperty().get()).isEqualTo(State.OFF);
        assertThat(model.differenceProperty().get()).isNull();
    }
}
