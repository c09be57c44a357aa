package io.mediadesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryFoldersTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeWhenItIsAbsolute() {
        assertThat(LibraryFolders.defaultLibrary("Linux", Map.of("XDG_DATA_HOME", "/data/ana"), HOME))
                .isEqualTo(Path.of("/data/ana/mediadesk"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        assertThat(LibraryFolders.defaultLibrary("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ana/.local/share/mediadesk"));
        assertThat(LibraryFolders.defaultLibrary("Linux", Map.of("XDG_DATA_HOME", "rel/dir"), HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/mediadesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(LibraryFolders.defaultLibrary("Mac OS X", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Mediadesk"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(LibraryFolders.defaultLibrary("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ana/AppData/Local"), HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Local/Mediadesk"));
    }
}
