package io.mediadesk.library.ingest;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.FolderPath;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists what an import will read: a file lands in the target folder; a folder becomes a library
 * folder of the same (sanitised) name, recursively, so the structure on disk is kept. Symbolic
 * links are reported, never followed (they may point outside what the user chose); hidden files
 * such as {@code .DS_Store} are skipped. Order is by name, so a rerun sees the same sequence.
 */
final class SourceWalker {

    /** One file to import and its folder, or an input that failed before it was read. */
    record Source(Path file, FolderPath folder, Optional<ImportItem> failure) {
        static Source of(Path file, FolderPath folder) {
            return new Source(file, folder, Optional.empty());
        }

        static Source failed(Path file, String reason, String message) {
            return new Source(file, FolderPath.root(), Optional.of(ImportItem.failed(file, reason, message)));
        }
    }

    private SourceWalker() {
    }

    static List<Source> walk(List<Path> inputs, FolderPath target) throws IOException {
        List<Source> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isSymbolicLink(input)) {
                out.add(Source.failed(input, "SYMLINK", "symbolic links are not followed: " + input));
            } else if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
                folder(input, childOf(target, input), out);
            } else if (Files.isRegularFile(input, LinkOption.NOFOLLOW_LINKS)) {
                out.add(Source.of(input, target));
            } else {
                out.add(Source.failed(input, "MISSING", "The file does not exist: " + input));
            }
        }
        return out;
    }

    private static void folder(Path dir, Optional<FolderPath> folder, List<Source> out) throws IOException {
        if (folder.isEmpty()) {
            out.add(Source.failed(dir, "FOLDER", "folders nest deeper than " + FolderPath.MAX_DEPTH + " levels: " + dir));
            return;
        }
        for (Path entry : sorted(dir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isSymbolicLink(entry)) {
                out.add(Source.failed(entry, "SYMLINK", "symbolic links are not followed: " + entry));
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                folder(entry, childOf(folder.get(), entry), out);
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                out.add(Source.of(entry, folder.get()));
            }
        }
    }

    private static Optional<FolderPath> childOf(FolderPath parent, Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        if (name == null) return Optional.of(parent);
        try {
            return Optional.of(parent.child(FolderPath.sanitizedSegment(name.toString())));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static List<Path> sorted(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        entries.sort(null);
        return entries;
    }
}
