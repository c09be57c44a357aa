package io.mediadesk.desktop.app;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.desktop.library.LibraryShellView;
import io.mediadesk.desktop.library.LibraryShellViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window on the open library. */
public final class MediadeskApp extends Application {
    public static final String TITLE = "Mediadesk";

    /** Handed over by {@link DesktopApp}: JavaFX instantiates this class itself. */
    static volatile AppServices services;

    private FxTaskRunner tasks;

    @Override
    public void start(Stage stage) {
        tasks = new FxTaskRunner(2);
        LibraryShellViewModel model = new LibraryShellViewModel(services.library(), tasks);
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new LibraryShellView(model), 1200, 780));
        stage.show();
        model.refresh();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
    }
}
