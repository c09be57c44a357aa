package io.mediadesk.desktop;

import io.mediadesk.desktop.logging.LogSetup;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.LayerSource;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.library.ingest.LibraryLayerSource;
import io.mediadesk.library.Library;
import io.mediadesk.library.store.MigrationListener;
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

    /** Decoded sources the preview keeps: the one being edited, and the one before it. */
    private static final int PREVIEW_KEPT_DECODES = 2;

    private final Library library;
    private final Renderer renderer;
    private final Renderer previewRenderer;

    private AppServices(Library library, Renderer renderer, Renderer previewRenderer) {
        this.library = library;
        this.renderer = renderer;
        this.previewRenderer = previewRenderer;
    }

    /** Opens (creating on first run) the library and sends the logs into its {@code logs/} folder. */
    public static AppServices open(Path libraryFolder, Optional<String> catalogUri) {
        return open(libraryFolder, catalogUri, MigrationListener.NONE);
    }

    /** As {@link #open(Path, Optional)}, telling {@code upgrades} how an older catalog's schema upgrade goes. */
    public static AppServices open(Path libraryFolder, Optional<String> catalogUri, MigrationListener upgrades) {
        Library library = Library.open(libraryFolder, catalogUri, upgrades);
        io.mediadesk.desktop.app.StartupTrace.mark("catalog-open");
        LogSetup.toFolder(library.logsFolder());
        LOG.info("Mediadesk {} opened library {} ({})", Version.value(), library.folder(), library.catalog().description());
        // l-image layers in the studio draw the library's own assets.
        LayerSource layers = new LibraryLayerSource(library.assets(), library.originals());
        return new AppServices(library, new Renderer(Limits.DEFAULT, RENDER_PARALLELISM).useLayerSource(layers),
                Renderer.forPreview(Limits.DEFAULT, RENDER_PARALLELISM, PREVIEW_KEPT_DECODES).useLayerSource(layers));
    }

    public Library library() {
        return library;
    }

    /** The engine's renderer for batches (the studio's grid); thread-safe. */
    public Renderer renderer() {
        return renderer;
    }

    /**
     * The renderer of the live preview: it keeps the source it decoded, because the preview renders
     * one source on every keystroke and the decode is most of the cost (docs/BENCHMARKS.md).
     */
    public Renderer previewRenderer() {
        return previewRenderer;
    }

    @Override
    public void close() {
        LOG.info("closing library {}", library.folder());
        renderer.close();
        previewRenderer.close();
        library.close();
    }
}
