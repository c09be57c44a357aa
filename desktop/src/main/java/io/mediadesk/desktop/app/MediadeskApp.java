package io.mediadesk.desktop.app;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.desktop.account.AccountsView;
import io.mediadesk.desktop.account.AccountsViewModel;
import io.mediadesk.desktop.account.KeyVault;
import io.mediadesk.desktop.asset.AssetPanelViewModel;
import io.mediadesk.desktop.asset.DeliveryLinks;
import io.mediadesk.desktop.importing.ImportViewModel;
import io.mediadesk.desktop.library.LibraryBrowserView;
import io.mediadesk.desktop.library.LibraryBrowserViewModel;
import io.mediadesk.desktop.library.ThumbnailCache;
import io.mediadesk.library.ingest.ThumbnailMaker;
import io.mediadesk.library.ingest.ThumbnailQueue;
import io.mediadesk.desktop.purge.LibraryPurgeSources;
import io.mediadesk.desktop.purge.PurgePanelView;
import io.mediadesk.desktop.purge.PurgePanelViewModel;
import io.mediadesk.desktop.presets.PresetsRoomView;
import io.mediadesk.desktop.presets.PresetsRoomViewModel;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.desktop.settings.AppSettings;
import io.mediadesk.desktop.settings.SettingsDialogs;
import io.mediadesk.desktop.settings.SettingsStore;
import io.mediadesk.desktop.settings.SettingsViewModel;
import io.mediadesk.desktop.settings.WindowPlacement;
import io.mediadesk.desktop.settings.WindowState;
import io.mediadesk.desktop.syncpanel.SyncPanelView;
import io.mediadesk.desktop.syncpanel.SidePictures;
import io.mediadesk.desktop.syncpanel.SyncPanelViewModel;
import io.mediadesk.desktop.transform.CdnCompareViewModel;
import io.mediadesk.desktop.transform.PresetGridViewModel;
import io.mediadesk.desktop.transform.PreviewViewModel;
import io.mediadesk.desktop.transform.TransformStudioView;
import io.mediadesk.desktop.transform.TransformStudioViewModel;
import io.mediadesk.library.Library;
import io.mediadesk.library.ingest.ThumbnailMaker;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application: one main window on the open library with the studio, sync, purge and
 * accounts beside it. The theme, the last section and the window's place come back from the
 * library's settings; launch options (screenshots, demos) override them.
 */
public final class MediadeskApp extends Application {
    public static final String TITLE = "Mediadesk";
    /**
     * Quiet time after the last keystroke before the preview renders. Short, because the quick
     * preview is cheap (a few ms to tens of ms at the pane's size) and the goal is the picture
     * within 150 ms of the keystroke; a burst faster than this is still one render, and a preview
     * typed over is skipped or dropped.
     */
    public static final Duration PREVIEW_DEBOUNCE = Duration.millis(50);
    /**
     * Quiet time after the quick preview has landed before the exact render (encoded, full size,
     * up to a second on 12 MP) starts: while someone types, only quick previews run.
     */
    public static final Duration EXACT_RENDER_PAUSE = Duration.millis(400);
    /** The CDN comparison costs a request: it waits for a longer pause than the local preview. */
    static final Duration CDN_DEBOUNCE = Duration.millis(600);
    /** Quiet time after typing in the search bar: a query is usually typed in bursts. */
    static final Duration SEARCH_DEBOUNCE = Duration.millis(250);
    /**
     * After the first frame, the time the library's first screen has to itself (its tiles, names
     * and thumbnails) before the other areas are built in the background.
     */
    static final Duration REST_OF_WINDOW_DELAY = Duration.seconds(2);

    /** Handed over by {@link DesktopApp}: JavaFX instantiates this class itself. */
    static volatile AppServices services;
    /** Set by {@link DesktopApp} instead of {@link #services} when the library is still being upgraded. */
    static volatile LibraryOpening opening;

    private FxTaskRunner tasks;
    private FxTaskRunner previewTasks;
    private FxTaskRunner exactTasks;
    private ThumbnailQueue thumbnailQueue;
    private SettingsViewModel settings;
    private AccountsViewModel accounts;

    @Override
    public void start(Stage stage) {
        if (services == null && opening != null) {
            showUpgrade(stage);
            return;
        }
        StartupTrace.mark("fx-start");
        tasks = new FxTaskRunner(2);
        previewTasks = new FxTaskRunner(1); // the preview never waits behind a grid of renders
        exactTasks = new FxTaskRunner(1); // nor behind an exact render
        LaunchOptions options = LaunchOptions.fromSystemProperties();
        Library lib = services.library();
        settings = new SettingsViewModel(new SettingsStore(lib.folder()), tasks, lib.folder().toString(), lib.catalog().description());
        AppSettings saved = settings.settings();
        accounts = new AccountsViewModel(lib.folder(), KeyVault.system(), tasks);
        LibraryBrowserViewModel library = new LibraryBrowserViewModel(lib, tasks, new FxDebouncer(SEARCH_DEBOUNCE), Platform::runLater);
        ThumbnailMaker thumbnailFiles = new ThumbnailMaker(lib.folder(), services.renderer());
        thumbnailQueue = new ThumbnailQueue(thumbnailFiles, lib.originals(), 1);
        ThumbnailCache thumbnails = new ThumbnailCache(thumbnailFiles, thumbnailQueue, services.renderer(), tasks,
                Platform::runLater, saved.thumbnailsKept());
        TransformStudioViewModel studio = new TransformStudioViewModel(
                new PreviewViewModel(services.previewRenderer(), previewTasks, new FxDebouncer(PREVIEW_DEBOUNCE),
                        exactTasks, new FxDebouncer(EXACT_RENDER_PAUSE)),
                new PresetGridViewModel(services.renderer(), tasks));
        DeliveryLinks links = new DeliveryLinks(accounts.connectionProperty(), studio.textProperty()::get);
        SyncPanelViewModel sync = new SyncPanelViewModel(lib, accounts.connectionProperty(), tasks, Platform::runLater,
                new SidePictures(lib, services.renderer(), io.mediadesk.sync.url.DeliveryFetch.withTimeout(java.time.Duration.ofSeconds(15))));
        PurgePanelViewModel purge = new PurgePanelViewModel(lib.folder(), accounts.connectionProperty(), tasks, Platform::runLater);
        purge.useSources(new LibraryPurgeSources(library));
        MainViewModel main = new MainViewModel();
        PresetsRoomViewModel presets = new PresetsRoomViewModel(new Presets(lib.catalog().presets()), tasks,
                new PreviewViewModel(services.previewRenderer(), previewTasks, new FxDebouncer(PREVIEW_DEBOUNCE)),
                accounts.connectionProperty());
        presets.useSources(new LibraryPurgeSources(library));
        presets.usePurge(urls -> {
            purge.planUrls(urls); // the purge panel plans (its verdict per URL), sends and shows the live status
            purge.submit();
            main.sectionProperty().set(Section.PURGE);
        });
        // local(): what is on disk, no fetch (these run on the FX thread; the thumbnail worker fetched it)
        io.mediadesk.library.store.Originals originals = lib.originals();
        presets.useLibrarySample(() -> java.util.Optional.ofNullable(library.currentProperty().get())
                .map(asset -> originals.local(asset.contentHash(), asset.format())));
        studio.usePresets(presets); // n-NAME in the studio is the library's preset
        Supplier<CdnCompareViewModel> cdn = once(() -> new CdnCompareViewModel(studio,
                accounts.connectionProperty(), services.renderer(), tasks, new FxDebouncer(CDN_DEBOUNCE),
                io.mediadesk.sync.url.DeliveryFetch.withTimeout(java.time.Duration.ofSeconds(15)),
                () -> java.util.Optional.ofNullable(library.currentProperty().get()).map(asset -> new CdnCompareViewModel.LibraryImage(
                        originals.local(asset.contentHash(), asset.format()), asset.filePath()))));
        Supplier<TransformStudioView> studioView = () -> new TransformStudioView(studio, cdn.get());
        studio.preview().sourceProperty().addListener((obs, was, now) -> {
            if (now != null && presets.preview().sourceProperty().get() == null) presets.preview().open(now);
        });

        main.sectionProperty().set(options.section().orElse(Section.named(saved.section()).orElse(Section.LIBRARY)));
        main.darkProperty().set(options.dark().orElse(saved.dark()));
        settings.darkProperty().bindBidirectional(main.darkProperty());
        main.sectionProperty().addListener((obs, was, now) -> settings.sectionShown(now.name()));
        main.sectionProperty().addListener((obs, was, now) -> {
            if (now == Section.PRESETS || now == Section.STUDIO) presets.load(); // another process may have changed them
        });
        // Only the area on show is built before the first frame; the others on a visit or when idle.
        Supplier<LibraryBrowserView> libraryView = once(() -> new LibraryBrowserView(library,
                new ImportViewModel(lib, tasks, Platform::runLater), new AssetPanelViewModel(library, tasks, links), thumbnails));
        MainView view = new MainView(main, Map.<Section, Supplier<? extends Node>>of(Section.LIBRARY, libraryView,
                Section.STUDIO, studioView, Section.SYNC, () -> {
                    SyncPanelView syncView = new SyncPanelView(sync, accounts);
                    if (options.syncConflicts()) syncView.showConflicts();
                    return syncView;
                },
                Section.PURGE, () -> new PurgePanelView(purge, accounts), Section.ACCOUNTS, () -> new AccountsView(accounts),
                Section.PRESETS, () -> new PresetsRoomView(presets)));
        view.addFooterButton("open-settings", "Settings", () -> SettingsDialogs.settings(stage, settings));
        view.addFooterButton("open-about", "About", () -> SettingsDialogs.about(stage));
        Scene scene = new Scene(view, WindowState.DEFAULT_WIDTH, WindowState.DEFAULT_HEIGHT);
        Theme.apply(scene, main.darkProperty().get());
        main.darkProperty().addListener((obs, was, dark) -> Theme.apply(scene, dark));
        stage.setTitle(TITLE);
        stage.getIcons().setAll(WindowPlacement.icons());
        stage.setScene(scene);
        WindowPlacement.restore(stage, saved.window());
        Supplier<WindowState> normal = WindowPlacement.trackNormalBounds(stage);
        stage.setOnHiding(e -> settings.windowClosed(WindowPlacement.capture(stage, normal.get())));
        StartupTrace.mark("scene-built");
        traceFrames(scene);
        stage.show();
        StartupTrace.mark("shown");
        // The first queries after show(), not before the scene is built: their results would be
        // handled before the first frame and put it 0.8 s of CPU later (docs/BENCHMARKS.md).
        library.open();
        afterFirstFrame(scene, () -> {
            // What the first frame does not show: the profiles (a keyring look-up, a connection
            // check), the sync history, the purge log and the presets; then the other areas.
            accounts.load();
            sync.loadHistory();
            purge.load();
            presets.load();
            demo(options, studio, sync);
            demoPanels(options, library, libraryView, purge, cdn);
            options.preset().ifPresent(name -> presets.open(name));
            options.sample().ifPresent(presets.preview()::open);
            PauseTransition idle = new PauseTransition(REST_OF_WINDOW_DELAY);
            idle.setOnFinished(e -> view.buildRest(Platform::runLater));
            idle.play();
        });
    }

    /**
     * The library's catalog is being upgraded (on its own thread): the window shows how far, then
     * becomes the main window in place once the library is open, or says why it could not open.
     */
    private void showUpgrade(Stage stage) {
        UpgradeViewModel upgrade = new UpgradeViewModel();
        opening.watch(upgrade.listener(Platform::runLater)::progress);
        Scene scene = new Scene(new UpgradeView(upgrade), 640, 280);
        Theme.apply(scene, false);
        stage.setTitle(TITLE);
        stage.getIcons().setAll(WindowPlacement.icons());
        stage.setScene(scene);
        stage.show();
        opening.whenDone(() -> Platform.runLater(() -> {
            try {
                services = opening.services();
            } catch (RuntimeException e) {
                upgrade.failed(e); // closing the window ends the launch with this error (DesktopApp)
                return;
            }
            start(stage);
        }));
    }

    /** {@code factory}'s value, made on the first call and kept. */
    private static <T> Supplier<T> once(Supplier<T> factory) {
        Object[] made = new Object[1];
        return () -> {
            if (made[0] == null) made[0] = factory.get();
            @SuppressWarnings("unchecked") T value = (T) made[0];
            return value;
        };
    }

    /** Runs {@code work} once, on the FX thread, after the scene's first frame has been laid out. */
    private static void afterFirstFrame(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(work); // after this pulse has rendered
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** With the start-up trace on: marks the first frame, and the first with a tile showing its asset's name. */
    private static void traceFrames(Scene scene) {
        if (!StartupTrace.enabled()) return;
        boolean[] framed = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!framed[0]) {
                framed[0] = true;
                StartupTrace.mark("first-frame");
            }
            boolean named = scene.getRoot().lookupAll(".asset-tile").stream().anyMatch(n -> n.isVisible()
                    && n instanceof org.controlsfx.control.GridCell<?> cell && cell.getItem() instanceof io.mediadesk.desktop.library.Slot slot
                    && slot.asset() != null);
            if (named) {
                StartupTrace.mark("tiles");
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void demo(LaunchOptions options, TransformStudioViewModel studio, SyncPanelViewModel sync) {
        options.sample().ifPresent(studio.preview()::open);
        studio.textProperty().set(options.transformation());
        if (options.studioZoom() > 0) {
            studio.preview().exactProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean exact) {
                    if (exact) {
                        studio.preview().zoom().zoomTo(options.studioZoom());
                        o.removeListener(this);
                    }
                }
            });
        }
        if (!options.grid().isEmpty()) {
            options.grid().forEach(studio.grid()::addPreset);
            options.sample().ifPresent(studio.grid()::addImage);
            studio.sideBySideProperty().set(true);
        }
        if (options.demoSandbox()) {
            accounts.connectionProperty().addListener((obs, was, now) -> {
                if (now != null) sync.plan();
            });
            accounts.useSandbox();
        }
    }

    /** The asset panel's versions, Compare with CDN and a purge, for screenshots (see {@link LaunchOptions}). */
    private void demoPanels(LaunchOptions options, LibraryBrowserViewModel library, Supplier<LibraryBrowserView> libraryView,
            PurgePanelViewModel purge, Supplier<CdnCompareViewModel> cdn) {
        Runnable select = () -> options.select().ifPresent(name -> library.showNamed(name, () -> {
            libraryView.get().assetPanel().revealVersions();
            if (options.compare() && cdn.get().openLibraryAsset()) cdn.get().shownProperty().set(true);
        }));
        if (!options.demoSandbox()) {
            select.run();
            return;
        }
        accounts.connectionProperty().addListener((obs, was, now) -> {
            if (now == null || was != null) return;
            select.run();
            if (!options.purge().isEmpty()) {
                purge.planAssets(options.purge());
                purge.submit();
            }
        });
    }

    @Override
    public void stop() {
        if (settings != null) {
            settings.flush(); // the window's last place, written before the process ends
        }
        if (accounts != null) {
            accounts.close();
        }
        if (tasks != null) {
            tasks.close();
            previewTasks.close();
            exactTasks.close();
        }
        if (thumbnailQueue != null) thumbnailQueue.close();
    }
}
