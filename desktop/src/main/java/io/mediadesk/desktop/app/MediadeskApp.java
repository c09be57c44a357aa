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
import io.mediadesk.library.ingest.OriginalStore;
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
import javafx.application.Platform;
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

    /** Handed over by {@link DesktopApp}: JavaFX instantiates this class itself. */
    static volatile AppServices services;

    private FxTaskRunner tasks;
    private FxTaskRunner previewTasks;
    private FxTaskRunner exactTasks;
    private ThumbnailQueue thumbnailQueue;
    private SettingsViewModel settings;
    private AccountsViewModel accounts;

    @Override
    public void start(Stage stage) {
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
        thumbnailQueue = new ThumbnailQueue(thumbnailFiles, new OriginalStore(lib.folder()), 1);
        ThumbnailCache thumbnails = new ThumbnailCache(thumbnailFiles, thumbnailQueue, services.renderer(), tasks,
                Platform::runLater, saved.thumbnailsKept());
        TransformStudioViewModel studio = new TransformStudioViewModel(
                new PreviewViewModel(services.previewRenderer(), previewTasks, new FxDebouncer(PREVIEW_DEBOUNCE),
                        exactTasks, new FxDebouncer(EXACT_RENDER_PAUSE)),
                new PresetGridViewModel(services.renderer(), tasks));
        DeliveryLinks links = new DeliveryLinks(accounts.connectionProperty(), studio.textProperty()::get);
        LibraryBrowserView libraryView = new LibraryBrowserView(library, new ImportViewModel(lib, tasks, Platform::runLater),
                new AssetPanelViewModel(library, tasks, links), thumbnails);
        SyncPanelViewModel sync = new SyncPanelViewModel(lib, accounts.connectionProperty(), tasks, Platform::runLater);
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
        OriginalStore originals = new OriginalStore(lib.folder());
        presets.useLibrarySample(() -> java.util.Optional.ofNullable(library.currentProperty().get())
                .map(asset -> originals.pathFor(asset.contentHash(), asset.format())));
        studio.usePresets(presets); // n-NAME in the studio is the library's preset
        CdnCompareViewModel cdn = new CdnCompareViewModel(studio, accounts.connectionProperty(), services.renderer(), tasks,
                new FxDebouncer(CDN_DEBOUNCE), io.mediadesk.sync.url.DeliveryFetch.withTimeout(java.time.Duration.ofSeconds(15)),
                () -> java.util.Optional.ofNullable(library.currentProperty().get()).map(asset -> new CdnCompareViewModel.LibraryImage(
                        originals.pathFor(asset.contentHash(), asset.format()), asset.filePath())));
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
        MainView view = new MainView(main, Map.of(Section.LIBRARY, libraryView, Section.STUDIO, new TransformStudioView(studio, cdn),
                Section.SYNC, new SyncPanelView(sync, accounts), Section.PURGE, new PurgePanelView(purge, accounts),
                Section.ACCOUNTS, new AccountsView(accounts), Section.PRESETS, new PresetsRoomView(presets)));
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
        stage.show();
        library.open();
        accounts.load();
        sync.loadHistory();
        purge.load();
        presets.load();
        demo(options, studio, sync);
        options.preset().ifPresent(name -> presets.open(name));
        options.sample().ifPresent(presets.preview()::open);
    }

    private void demo(LaunchOptions options, TransformStudioViewModel studio, SyncPanelViewModel sync) {
        options.sample().ifPresent(studio.preview()::open);
        studio.textProperty().set(options.transformation());
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
