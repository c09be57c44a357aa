package io.mediadesk.desktop;

import io.mediadesk.desktop.logging.LogSetup;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.Library;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: opens the library and the engine's renderer and wires the services the window and the commands use,
 * by constructor, in one place. Closing it releases the library for other processes.
 */
public final class AppServices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppServices.class);

    /** Threads one preview render may use: the machine is shared with the FX thread and the grid. */
    private static final int RENDER_PARALLELISM = 2;

    private final Library library;
    private final Renderer renderer;

    private AppServices(Library library, Renderer renderer) {
        this.library = library;
        this.renderer = renderer;
    }

    /** Opens (creating on first run) the library and sends the logs into its {@code logs/} folder. */
    public static AppServices open(Path libraryFolder, Optional<String> catalogUri) {
        Library library = Library.open(libraryFolder, catalogUri);
        LogSetup.toFolder(library.logsFolder());
        LOG.info("Mediadesk {} opened library {} ({})", Version.value(), library.folder(), library.catalog().description());
        return new AppServices(library, new Renderer(Limits.DEFAULT, RENDER_PARALLELISM));
    }

    public Library library() {
        return library;
    }

    /** The engine's renderer, shared by the transform studio's preview and grid (it is thread-safe). */
    public Renderer renderer() {
        return renderer;
    }

    @Override
    public void close() {
        LOG.info("closing library {}", library.folder());
        renderer.close();
        library.close();
    }
}
