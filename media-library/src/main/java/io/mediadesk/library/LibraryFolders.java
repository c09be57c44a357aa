package io.mediadesk.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a library lives when the user names none: the OS data folder, as in the CLI contract
 * ({@code $XDG_DATA_HOME/mediadesk}, else {@code ~/.local/share/mediadesk}; Application Support
 * on macOS; {@code %LOCALAPPDATA%} on Windows).
 */
public final class LibraryFolders {
    private static final String NAME = "mediadesk";

    private LibraryFolders() {
    }

    public static Path defaultLibrary() {
        return defaultLibrary(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultLibrary(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = present(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Mediadesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Mediadesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (present(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve(NAME);
        }
        return home.resolve(".local").resolve("share").resolve(NAME);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
