package io.mediadesk.desktop.cli;

import io.mediadesk.engine.transform.PresetLookup;
import io.mediadesk.library.Library;
import io.mediadesk.library.preset.Presets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The library's presets for the {@code transform} command, opened only when the transformation
 * names one ({@code n-NAME}): a plain {@code w-300} never touches (or locks) the library. On the
 * first name asked for, it opens the library, reads every preset outside the trash in one go and
 * closes it again, so the library is held for milliseconds, not for a whole batch.
 */
final class LibraryPresetLookup implements PresetLookup {
    private final Path folder;
    private final Optional<String> catalogUri;
    private final io.mediadesk.library.store.MigrationListener upgrades;
    private Map<String, String> presets;

    LibraryPresetLookup(Path folder, Optional<String> catalogUri, io.mediadesk.library.store.MigrationListener upgrades) {
        this.folder = folder;
        this.catalogUri = catalogUri;
        this.upgrades = upgrades;
    }

    @Override
    public synchronized Optional<String> find(String name) {
        if (presets == null) {
            Map<String, String> read = new LinkedHashMap<>();
            try (Library library = Library.open(folder, catalogUri, upgrades)) {
                new Presets(library.catalog().presets()).list().forEach(p -> read.put(p.name(), p.transformation()));
            }
            presets = read;
        }
        return Optional.ofNullable(presets.get(name));
    }

    /** Whether the library was opened (a transformation without {@code n-} never opens it). */
    synchronized boolean opened() {
        return presets != null;
    }
}
