package io.mediadesk.sync.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file put straight into a sandbox's state by {@link Sandbox#seed}, as if it had been uploaded
 * {@code versions.size()} times at {@code folder + name}: benches and tests use it to get an
 * account of 100,000 files without 100,000 uploads. {@code versions} are the contents, oldest
 * first; the details (tags, coordinates, privacy) are those of every version.
 */
public record SeedFile(String folder, String name, List<byte[]> versions, List<String> tags,
        Optional<String> customCoordinates, boolean privateFile) {

    public SeedFile {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        versions = List.copyOf(versions);
        tags = List.copyOf(tags);
        Objects.requireNonNull(customCoordinates, "customCoordinates");
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a seeded file has at least one version: " + folder + name);
        }
    }

    public static SeedFile of(String folder, String name, byte[] content) {
        return new SeedFile(folder, name, List.of(content), List.of(), Optional.empty(), false);
    }
}
