package io.mediadesk.desktop.cli;

import io.mediadesk.engine.render.LayerSource;
import io.mediadesk.library.Library;
import io.mediadesk.library.ingest.LibraryLayerSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The library's assets as layer images for the {@code transform} command, opened only when a
 * layer names one ({@code l-image,i-brand@@logo.png}), as {@link LibraryPresetLookup} does for
 * presets: a transformation without image layers never touches (or locks) the library. Each path
 * is looked up once per command, the library held only for the lookup: originals are stored by
 * content hash and never change, so the answer holds for a whole batch.
 */
final class LibraryLayers implements LayerSource {
    private final Path folder;
    private final Optional<String> catalogUri;
    private final io.mediadesk.library.store.MigrationListener upgrades;
    private final Map<String, Optional<Path>> found = new HashMap<>();

    LibraryLayers(Path folder, Optional<String> catalogUri, io.mediadesk.library.store.MigrationListener upgrades) {
        this.folder = folder;
        this.catalogUri = catalogUri;
        this.upgrades = upgrades;
    }

    @Override
    public synchronized Optional<Path> find(String path) {
        Optional<Path> known = found.get(path);
        if (known != null) return known;
        Optional<Path> file;
        try (Library library = Library.open(folder, catalogUri, upgrades)) {
            file = new LibraryLayerSource(library.assets(), library.originals()).find(path);
        }
        found.put(path, file);
        return file;
    }

    /** Whether the library was opened (a transformation without image layers never opens it). */
    synchronized boolean opened() {
        return !found.isEmpty();
    }
}
