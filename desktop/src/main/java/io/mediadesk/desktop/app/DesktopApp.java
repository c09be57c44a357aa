package io.mediadesk.desktop.app;

import io.mediadesk.desktop.AppServices;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;

/**
 * Opens the window. The library is opened first, on its own thread and before JavaFX starts, so a
 * locked or broken library fails as a command-line error (exit 6, exit 1) without a window. When an
 * older catalog needs a schema upgrade (seconds on a large library), the window starts at once and
 * shows the upgrade's progress, then the library (see {@link MediadeskApp}).
 */
public final class DesktopApp {
    private DesktopApp() {
    }

    /** Blocks until the window closes. */
    public static void open(Path libraryFolder, Optional<String> catalogUri) {
        LibraryOpening opening = LibraryOpening.start(upgrades -> AppServices.open(libraryFolder, catalogUri, upgrades));
        try {
            if (!opening.awaitOpenOrUpgrade()) {
                MediadeskApp.opening = opening;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the library", e);
        }
        if (MediadeskApp.opening == null) {
            AppServices services = opening.services();
            StartupTrace.mark("library-open");
            try {
                MediadeskApp.services = services;
                Application.launch(MediadeskApp.class);
            } finally {
                services.close();
            }
            return;
        }
        Application.launch(MediadeskApp.class);
        // The window is closed. Mid-upgrade: nothing to close, the process ends and the upgrade's
        // transaction with it. Afterwards: the library is closed, or the upgrade's failure reported.
        if (opening.isDone()) {
            opening.services().close();
        }
    }
}
