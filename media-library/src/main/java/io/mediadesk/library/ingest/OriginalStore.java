package io.mediadesk.library.ingest;

import io.mediadesk.engine.codec.AtomicFiles;
import io.mediadesk.library.store.MissingOriginalException;
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The originals, content-addressed under the library folder: {@code originals/ab/cd/<sha256>.<ext>}.
 * A file is written through {@link AtomicFiles} (temp file, fsync, rename), so a crash leaves either
 * nothing or the whole file under its final name, and its bytes are hashed again while copied, so a
 * file that changed since it was hashed is refused rather than stored under the wrong name. The
 * same bytes are stored once, whatever their names and however many assets share them.
 *
 * <p>The embedded catalog's {@link Originals}, and the local cache of a team catalog's; built by
 * {@link io.mediadesk.library.Library} only, everyone else goes through {@code Library.originals()}.
 */
public final class OriginalStore implements Originals {
    private final Path root;

    public OriginalStore(Path libraryFolder) {
        this.root = libraryFolder.resolve("originals");
    }

    public Path pathFor(String sha256, String extension) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256 + "." + extension);
    }

    @Override
    public Path local(String sha256, String extension) {
        return pathFor(sha256, extension);
    }

    @Override
    public Path open(String sha256, String extension) throws IOException {
        Path file = pathFor(sha256, extension);
        if (!Files.isRegularFile(file)) throw new MissingOriginalException("sha256 " + sha256, where());
        return file;
    }

    /** Where the originals are looked for, for a missing original's error. */
    public String where() {
        return "the library folder " + root.getParent();
    }

    /** Whether an original with these bytes exists, whatever its extension. */
    @Override
    public boolean exists(String sha256) throws IOException {
        Path dir = pathFor(sha256, "x").getParent();
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith(sha256 + ".") && !isTemporary(p));
        }
    }

    /** Stores {@code source} as the original with this hash, unless it is there already. */
    @Override
    public Path put(Path source, String sha256, String extension) throws IOException {
        Path target = pathFor(sha256, extension);
        if (Files.isRegularFile(target) && Files.size(target) == Files.size(source)) return target;
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                String copied = ContentHash.copy(in, out);
                if (!copied.equals(sha256)) {
                    throw new ChangedWhileImportingException(source);
                }
            }
        });
        return target;
    }

    /**
     * Deletes temp files a killed process left behind ({@code .name.tmp} from {@link AtomicFiles}).
     * Safe only while this process holds the library lock, which importing requires.
     */
    public static List<Path> sweepTemporaries(Path libraryFolder) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (String area : List.of("originals", "thumbnails")) {
            Path dir = libraryFolder.resolve(area);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.filter(OriginalStore::isTemporary).toList()) {
                    Files.deleteIfExists(p);
                    removed.add(p);
                }
            }
        }
        return removed;
    }

    static boolean isTemporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(p);
    }

    /** The file's bytes differ from the hash taken a moment before: someone is writing it. */
    static final class ChangedWhileImportingException extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedWhileImportingException(Path source) {
            super("the file changed while it was being imported: " + source);
        }
    }
}
