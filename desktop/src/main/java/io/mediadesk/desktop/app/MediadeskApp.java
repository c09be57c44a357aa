package io.mediadesk.desktop.app;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.desktop.asset.AssetPanelViewModel;
import io.mediadesk.desktop.importing.ImportViewModel;
import io.mediadesk.desktop.library.LibraryBrowserView;
import io.mediadesk.desktop.library.LibraryBrowserViewModel;
import io.mediadesk.desktop.library.ThumbnailCache;
import io.mediadesk.library.ingest.OriginalStore;
import io.mediadesk.library.ingest.ThumbnailMaker;
import io.mediadesk.library.ingest.ThumbnailQueue;
import javafx.application.Platform;
import io.mediadesk.desktop.transform.PresetGridViewModel;
import io.mediadesk.desktop.transform.PreviewViewModel;
import io.mediadesk.desktop.transform.TransformStudioView;
import io.mediadesk.desktop.transform.TransformStudioViewModel;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The JavaFX application: one main window on the open library, with the transform studio beside it. */
public final class MediadeskApp extends Application {
    public static final String TITLE = "Mediadesk";
    /** Quiet time after the last keystroke before the preview renders. */
    static final Duration PREVIEW_DEBOUNCE = Duration.millis(100);
    /** Quiet time after typing in the search bar: a query is usually typed in bursts. */
    static final Duration SEARCH_DEBOUNCE = Duration.millis(250);

    /** Handed over by {@link DesktopApp}: JavaFX instantiates this class itself. */
    static volatile AppServices services;

    private FxTaskRunner tasks;
    private FxTaskRunner previewTasks;
    private ThumbnailQueue thumbnailQueue;

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner(2);
        previewTasks = new FxTaskRunner(1); // the preview never waits behind a grid of renders
        LaunchOptions options = LaunchOptions.fromSystemProperties();
        LibraryBrowserViewModel library = new LibraryBrowserViewModel(services.library(), tasks,
                new FxDebouncer(SEARCH_DEBOUNCE), Platform::runLater);
        ThumbnailMaker thumbnailFiles = new ThumbnailMaker(services.library().folder(), services.renderer());
        thumbnailQueue = new ThumbnailQueue(thumbnailFiles, new OriginalStore(services.library().folder()), 1);
        ThumbnailCache thumbnails = new ThumbnailCache(thumbnailFiles, thumbnailQueue, services.renderer(), tasks,
                Platform::runLater);
        LibraryBrowserView libraryView = new LibraryBrowserView(library, new ImportViewModel(services.library(), tasks,
                Platform::runLater), new AssetPanelViewModel(library, tasks), thumbnails);
        TransformStudioViewModel studio = new TransformStudioViewModel(
                new PreviewViewModel(services.previewRenderer(), previewTasks, new FxDebouncer(PREVIEW_DEBOUNCE)),
                new PresetGridViewModel(services.renderer(), tasks));
        MainViewModel main = new MainViewModel();
        main.sectionProperty().set(options.section());
        main.darkProperty().set(options.dark());
        Scene scene = new Scene(new MainView(main, Map.of(Section.LIBRARY, libraryView,
                Section.STUDIO, new TransformStudioView(studio))), 1360, 860);
        Theme.apply(scene, main.darkProperty().get());
        main.darkProperty().addListener((obs, was, dark) -> Theme.apply(scene, dark));
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
        library.open();
        options.sample().ifPresent(studio.preview()::open);
        studio.textProperty().set(options.transformation());
        if (!options.grid().isEmpty()) {
            options.grid().forEach(studio.grid()::addPreset);
            options.sample().ifPresent(studio.grid()::addImage);
            studio.sideBySideProperty().set(true);
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
            previewTasks.close();
        }
        if (thumbnailQueue != null) thumbnailQueue.close();
    }
}
