package io.mediadesk.engine.render;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@link LayerSource} reading from one folder: {@code folder/sub/logo.png} is
 * {@code root/folder/sub/logo.png}. A path that would leave the folder ({@code ..}, an absolute
 * path) or name something other than a regular file finds nothing; symbolic links are not
 * followed out of the folder. For tests and the command line.
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
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
