package io.mediadesk.engine.render;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@link LayerSource} reading from one folder: {@code folder/sub/logo.png} is
 * {@code root/folder/sub/logo.png}. A path that would leave the folder ({@code ..}, an absolute
 * path, a symbolic link pointing outside) or names something other than a regular file finds
 * nothing. For tests and the command line.
 */
public record FolderLayerSource(Path root) implements LayerSource {

    public FolderLayerSource {
        root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<Path> find(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            return Optional.empty();
        }
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // links are followed only while they stay inside the folder
            return file.toRealPath().startsWith(root.toRealPath()) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
