package io.mediadesk.desktop.cli;

import io.mediadesk.library.LibraryFolders;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after the command name (INHERIT scope shares one
 * field between the root and its subcommands). Values are read through accessors with the
 * contract's defaults.
 */
public final class GlobalOptions {
    @Option(names = "--library", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Library folder: catalog, originals, thumbnails, settings, logs (default: the OS data folder).")
    private Path library;

    @Option(names = "--library-uri", paramLabel = "URI", scope = ScopeType.INHERIT,
            description = "Keep the catalog on a MongoDB server (mongodb:// or mongodb+srv://) instead of the embedded store.")
    private String libraryUri;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable output: one JSON document on stdout.")
    private boolean json;

    @Option(names = "--url-endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Delivery URL endpoint of the account, e.g. https://ik.imagekit.io/demo.")
    private String urlEndpoint;

    @Option(names = "--api-base", paramLabel = "URL", scope = ScopeType.INHERIT, description = "REST API base (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://api.imagekit.io")
    private String apiBase;

    @Option(names = "--upload-base", paramLabel = "URL", scope = ScopeType.INHERIT, description = "Upload API base (default: ${DEFAULT-VALUE}).",
            defaultValue = "https://upload.imagekit.io")
    private String uploadBase;

    public Path library() {
        return library != null ? library : LibraryFolders.defaultLibrary();
    }

    public Optional<String> libraryUri() {
        return Optional.ofNullable(libraryUri).filter(s -> !s.isBlank());
    }

    public boolean json() {
        return json;
    }

    public Optional<String> urlEndpoint() {
        return Optional.ofNullable(urlEndpoint);
    }

    public String apiBase() {
        return apiBase;
    }

    public String uploadBase() {
        return uploadBase;
    }
}
