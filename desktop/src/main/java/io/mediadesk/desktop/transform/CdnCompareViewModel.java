package io.mediadesk.desktop.transform;

import io.mediadesk.desktop.account.Connection;
import io.mediadesk.desktop.app.Debouncer;
import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.plan.PlanningException;
import io.mediadesk.engine.render.EncodedPixels;
import io.mediadesk.engine.render.NotRenderableException;
import io.mediadesk.engine.render.RenderedPixels;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.sync.url.DeliveryFetch;
import io.mediadesk.sync.url.DeliveryUrlBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * "Compare with CDN": the studio's transformation rendered here and by the CDN, side by side with
 * a {@link PixelDiff}. Only library assets have delivery URLs, so the studio's image must be one
 * (opened with {@link #openLibraryAsset}, or the library's current asset's original). The URL is
 * built by the sync module's {@code DeliveryUrls} on the active account (unsigned; signed with a
 * short expiry when the CDN answers 401/403, as private files need), fetched with a time limit by
 * {@link DeliveryFetch} and decoded by the engine, all on the {@link TaskRunner}. Like the preview,
 * every comparison carries a generation and only the newest lands.
 */
public final class CdnCompareViewModel {
    /** Where the comparison stands; the {@link #messageProperty() message} says it in words. */
    public enum State { OFF, NO_ACCOUNT, NOT_LIBRARY, WORKING, DONE, CDN_ONLY, NOT_UPLOADED, CDN_REFUSED, NETWORK, FAILED }

    /** A library asset as the studio can open it: its original's file and its path in the library (= on the CDN). */
    public record LibraryImage(Path original, String filePath) {
    }

    static final long SIGNED_EXPIRY_SECONDS = 300;

    private final TransformStudioViewModel studio;
    private final ObservableValue<Connection> connection;
    private final Renderer renderer;
    private final TaskRunner tasks;
    private final Debouncer debouncer;
    private final DeliveryFetch fetch;
    private final Supplier<Optional<LibraryImage>> currentAsset;
    private final Map<Path, String> opened = new HashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.OFF);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final ObjectProperty<RenderedPixels> local = new SimpleObjectProperty<>();
    private final ObjectProperty<RenderedPixels> cdn = new SimpleObjectProperty<>();
    private final ObjectProperty<PixelDiff> difference = new SimpleObjectProperty<>();
    private final StringProperty localSummary = new SimpleStringProperty("");
    private final StringProperty cdnSummary = new SimpleStringProperty("");
    private final StringProperty figures = new SimpleStringProperty("");

    public CdnCompareViewModel(TransformStudioViewModel studio, ObservableValue<Connection> connection, Renderer renderer,
            TaskRunner tasks, Debouncer debouncer, DeliveryFetch fetch, Supplier<Optional<LibraryImage>> currentAsset) {
        this.studio = studio;
        this.connection = connection;
        this.renderer = renderer;
        this.tasks = tasks;
        this.debouncer = debouncer;
        this.fetch = fetch;
        this.currentAsset = currentAsset;
        shown.addListener((obs, was, on) -> {
            if (on) compare(); else off();
        });
        studio.validProperty().addListener((obs, was, now) -> again());
        studio.preview().sourceProperty().addListener((obs, was, now) -> again());
        connection.addListener((obs, was, now) -> again());
    }

    private void again() {
        if (shown.get()) debouncer.submit(this::compare);
    }

    private void off() {
        generation.incrementAndGet();
        clear(State.OFF, "");
    }

    /** Opens the library's current asset in the studio, remembering its library path; false when there is none. */
    public boolean openLibraryAsset() {
        Optional<LibraryImage> asset = currentAsset.get();
        asset.ifPresent(a -> {
            boolean same = a.original().equals(studio.preview().sourceProperty().get());
            opened.put(a.original(), a.filePath());
            studio.preview().open(a.original());
            if (same) again(); // no source change to react to, yet now it is a library asset
        });
        if (asset.isEmpty()) {
            clear(State.NOT_LIBRARY, "Select an asset in the library first.");
        }
        return asset.isPresent();
    }

    /** The library path of the studio's image, when it is a library asset's original. */
    Optional<String> libraryPath(Path source) {
        if (source == null) return Optional.empty();
        String known = opened.get(source);
        if (known != null) return Optional.of(known);
        return currentAsset.get().filter(a -> a.original().equals(source)).map(LibraryImage::filePath);
    }

    /** Compares the studio's image and valid transformation now (the toggle and every change call this). */
    public void compare() {
        Transformation t = studio.validProperty().get();
        compare(t, t);
    }

    /** Compares a local render of {@code localT} with the CDN's of {@code cdnT}: normally the same; tests differ them. */
    void compare(Transformation localT, Transformation cdnT) {
        long gen = generation.incrementAndGet();
        Connection account = connection.getValue();
        if (account == null) {
            clear(State.NO_ACCOUNT, "Connect an account (Accounts) to compare with the CDN's rendering.");
            return;
        }
        Path source = studio.preview().sourceProperty().get();
        Optional<String> filePath = libraryPath(source);
        if (filePath.isEmpty()) {
            clear(State.NOT_LIBRARY, "Open a library asset to compare with the CDN: only assets in the library have "
                    + "delivery URLs.");
            return;
        }
        String plain = account.urls().path(filePath.get()).transformation(cdnT.toString()).build();
        clear(State.WORKING, "Fetching " + plain + " …");
        url.set(plain);
        tasks.run(() -> gen == generation.get() ? work(account, source, filePath.get(), localT, cdnT) : null,
                result -> land(gen, result), failure -> {
                    if (gen == generation.get()) clear(State.FAILED, "The comparison failed: " + failure.getMessage());
                });
    }

    /** What a comparison found, made off the FX thread. */
    record Result(State state, String message, String url, RenderedPixels local, RenderedPixels cdn, PixelDiff diff,
            double ssim) {
    }

    private Result work(Connection account, Path source, String filePath, Transformation localT, Transformation cdnT) {
        RenderedPixels mine = null;
        String localRefusal = "";
        try {
            mine = renderer.renderPixels(source, localT);
        } catch (NotRenderableException | PlanningException e) {
            localRefusal = e.getMessage();
        }
        DeliveryUrlBuilder builder = account.urls().path(filePath).transformation(cdnT.toString());
        String address = builder.build();
        DeliveryFetch.Served served;
        try {
            served = fetch.get(address);
            if (served.status() == 401 || served.status() == 403) {
                address = account.urls().path(filePath).transformation(cdnT.toString()).signedWith(account.key())
                        .expiresIn(SIGNED_EXPIRY_SECONDS).build();
                served = fetch.get(address);
            }
        } catch (IOException | UncheckedIOException e) {
            return new Result(State.NETWORK, "The CDN could not be reached: " + e.getMessage(), address, mine, null, null, Double.NaN);
        }
        String shown = address.contains("ik-s=") ? address.replaceAll("ik-s=[^&]*", "ik-s=…") : address;
        if (served.status() == 404) {
            return new Result(State.NOT_UPLOADED, "Not on the CDN (404): upload " + filePath + " (Sync) to compare."
                    + reason(served), shown, mine, null, null, Double.NaN);
        }
        if (!served.ok()) {
            return new Result(State.CDN_REFUSED, "The CDN refused the URL (HTTP " + served.status() + ")." + reason(served)
                    + (mine == null ? " Not rendered locally either: " + localRefusal : ""), shown, mine, null, null, Double.NaN);
        }
        RenderedPixels theirs;
        try {
            theirs = EncodedPixels.decode(served.body());
        } catch (EngineException e) {
            return new Result(State.CDN_REFUSED, "The CDN's answer (" + served.contentType() + ", " + ByteCount.text(served.body().length)
                    + ") cannot be decoded here: " + e.getMessage(), shown, mine, null, null, Double.NaN);
        }
        if (mine == null) {
            return new Result(State.CDN_ONLY, "Rendered by the CDN only — not rendered locally, so nothing to compare: "
                    + localRefusal, shown, null, theirs, null, Double.NaN);
        }
        PixelDiff diff = PixelDiff.between(mine, theirs, PixelDiff.DEFAULT_THRESHOLD);
        double ssim = Double.NaN;
        if (!diff.sizesDiffer() && mine.width() >= 11 && mine.height() >= 11) {
            ssim = EncodedPixels.ssim(mine, theirs);
        }
        return new Result(State.DONE, diff.same() ? "The CDN serves what you see here." : "The CDN's rendering differs.",
                shown, mine, theirs, diff, ssim);
    }

    private static String reason(DeliveryFetch.Served served) {
        return served.ikError().isEmpty() ? "" : " " + served.ikError();
    }

    private void land(long gen, Result result) {
        if (result == null || gen != generation.get()) {
            return; // superseded by a newer comparison
        }
        state.set(result.state());
        message.set(result.message());
        url.set(result.url());
        local.set(result.local());
        cdn.set(result.cdn());
        difference.set(result.diff());
        localSummary.set(result.local() == null ? "" : Outcome.summary(result.local().info()));
        cdnSummary.set(result.cdn() == null ? "" : Outcome.summary(result.cdn().info()));
        figures.set(result.diff() == null ? "" : figures(result));
    }

    static String figures(Result r) {
        PixelDiff d = r.diff();
        StringBuilder text = new StringBuilder();
        if (d.sizesDiffer()) {
            text.append(String.format(Locale.ROOT, "Sizes differ: local %d × %d, CDN %d × %d (CDN scaled to compare) · ",
                    r.local().width(), r.local().height(), r.cdn().width(), r.cdn().height()));
        }
        text.append(String.format(Locale.ROOT, "mean difference %.2f levels · %.2f %% of pixels differ by more than %d · max %d",
                d.meanAbsolute(), d.shareOver() * 100, d.threshold(), d.maxDifference()));
        if (!Double.isNaN(r.ssim())) {
            text.append(String.format(Locale.ROOT, " · SSIM %.4f", r.ssim()));
        }
        return text.toString();
    }

    private void clear(State next, String words) {
        state.set(next);
        message.set(words);
        url.set("");
        local.set(null);
        cdn.set(null);
        difference.set(null);
        localSummary.set("");
        cdnSummary.set("");
        figures.set("");
    }

    /** The toggle: on compares now and after every change; off drops any comparison on its way. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The delivery URL compared (a signature shown as {@code ik-s=…}). */
    public ReadOnlyStringProperty urlProperty() {
        return url;
    }

    public ReadOnlyObjectProperty<RenderedPixels> localProperty() {
        return local;
    }

    public ReadOnlyObjectProperty<RenderedPixels> cdnProperty() {
        return cdn;
    }

    public ReadOnlyObjectProperty<PixelDiff> differenceProperty() {
        return difference;
    }

    /** {@code 400 × 300 · JPG · 18.2 KB} of the local render. */
    public ReadOnlyStringProperty localSummaryProperty() {
        return localSummary;
    }

    public ReadOnlyStringProperty cdnSummaryProperty() {
        return cdnSummary;
    }

    /** Mean difference, share over the threshold, max, SSIM (same sizes only) and any size mismatch. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures;
    }
}
