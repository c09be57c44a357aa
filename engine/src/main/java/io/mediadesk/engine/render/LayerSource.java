package io.mediadesk.engine.render;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The port through which the engine finds the library files a transformation names: the images
 * of {@code l-image,i-<path>} layers and the user fonts of {@code ff-<path>}. The engine does not
 * know where the library keeps its files; the caller plugs in an implementation
 * ({@link FolderLayerSource} for a folder on disk; the desktop wires the media library's).
 *
 * <p>{@code path} is the asset's library path with real slashes and no leading slash, as the
 * grammar holds it: {@code i-folder@@sub@@logo.png} asks for {@code folder/sub/logo.png}.
 */
@FunctionalInterface
public interface LayerSource {
    /** A source that has no files: every image layer and user font is refused by name. */
    LayerSource NONE = path -> Optional.empty();

    /** The readable file holding the asset at {@code path}, or empty when the library has none. */
    Optional<Path> find(String path);
}
