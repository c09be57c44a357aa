package io.mediadesk.desktop;

import io.mediadesk.desktop.logging.LogSetup;
import io.mediadesk.library.Library;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: opens the library and wires the services the window and the commands use,
 * by constructor, in one place. Closing it releases the library for other processes.
 */
public final class AppServices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppServices.class);

    private final Library library;

    private AppServices(Library library) {
        this.library = library;
    }

    /** Opens (creating on first run) the library and sends the logs into its {@code logs/} folder. */
    public static AppServices open(Path libraryFolder, Optional<String> catalogUri) {
        Library library = Library.open(libraryFolder, catalogUri);
        LogSetup.toFolder(library.logsFolder());
        LOG.info("Mediadesk {} opened library {} ({})", Version.value(), library.folder(), library.catalog().description());
        return new AppServices(library);
    }

    public Library library() {
        return library;
    }

    @Override
    public void close() {
        LOG.info("closing library {}", library.folder());
        library.close();
    }
}
