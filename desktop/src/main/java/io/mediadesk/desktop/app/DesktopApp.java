package io.mediadesk.desktop.app;

import io.mediadesk.desktop.AppServices;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/**
 * Opens the window. The library is opened first, on the calling thread and before JavaFX starts,
 * so a locked or broken library fails as a command-line error (exit 6, exit 1) without a window.
 */
public final class DesktopApp {
    private DesktopApp() {
    }

    /** Blocks until the window closes. */
    public static void open(Path libraryFolder, Optional<String> catalogUri) {
        AppServices services = AppServices.open(libraryFolder, catalogUri);
        StartupTrace.mark("library-open");
        try {
            MediadeskApp.services = services;
            Application.launch(MediadeskApp.class);
        } finally {
            services.close();
        }
    }
}
