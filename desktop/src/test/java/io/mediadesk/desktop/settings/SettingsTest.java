package io.mediadesk.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediadesk.desktop.app.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.json: round trip, a broken file set aside, out-of-range values clamped, the window placed only where it can be reached. */
class SettingsTest {
    @TempDir
    Path library;

    private static final List<WindowState.Area> ONE_SCREEN = List.of(new WindowState.Area(0, 0, 1920, 1080));

    @Test
    void changesAreSavedAndComeBackAtTheNextStart() throws Exception {
        SettingsViewModel model = new SettingsViewModel(new SettingsStore(library), TaskRunner.sameThread(), "/lib", "embedded");
        assertThat(model.settings()).isEqualTo(AppSettings.DEFAULTS);
        model.darkProperty().set(true);
        model.sectionShown("SYNC");
        model.thumbnailsKeptProperty().set(1500);
        model.windowClosed(new WindowState(100, 80, 1200, 700, true));

        String json = Files.readString(library.resolve("settings.json"));
        assertThat(json).contains("\"theme\" : \"dark\"", "\"section\" : \"SYNC\"", "\"thumbnailsKept\" : 1500", "\"maximized\" : true");
        AppSettings again = new SettingsStore(library).load();
        assertThat(again).isEqualTo(new AppSettings("dark", "SYNC", new WindowState(100, 80, 1200, 700, true), 1500));
        assertThat(model.messageProperty().get()).isEqualTo("The grid keeps 1500 thumbnails from the next start.");
        try (var leftovers = Files.list(library)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).as("no temp file left behind").containsExactly("settings.json");
        }
    }

    @Test
    void anUnreadableFileIsSetAsideAndTheDefaultsAreUsed() throws Exception {
        Files.writeString(library.resolve("settings.json"), "{\"theme\": \"dark\", ");
        assertThat(new SettingsStore(library).load()).isEqualTo(AppSettings.DEFAULTS);
        assertThat(library.resolve("settings.json.broken")).hasContent("{\"theme\": \"dark\", ");
        assertThat(library.resolve("settings.json")).doesNotExist();
    }

    @Test
    void outOfRangeValuesAreClampedAndUnknownOnesFallBack() {
        assertThat(new AppSettings("purple", null, null, 5).theme()).isEqualTo("light");
        assertThat(new AppSettings("DARK", "studio", null, 5).thumbnailsKept()).isEqualTo(AppSettings.MIN_THUMBNAILS);
        assertThat(new AppSettings("dark", "studio", null, 10_000_000).thumbnailsKept()).isEqualTo(AppSettings.MAX_THUMBNAILS);
        assertThat(new AppSettings("dark", "studio", null, 0).section()).isEqualTo("STUDIO");
    }

    @Test
    void theWindowComesBackOnlyWhereItCanBeReached() {
        assertThat(new WindowState(100, 50, 1200, 800, false).fittedTo(ONE_SCREEN)).contains(new WindowState(100, 50, 1200, 800, false));
        assertThat(new WindowState(2500, 50, 1200, 800, false).fittedTo(ONE_SCREEN)).as("on a screen that is gone").isEmpty();
        assertThat(new WindowState(100, -400, 1200, 800, false).fittedTo(ONE_SCREEN)).as("title bar above the screen").isEmpty();
        assertThat(new WindowState(1880, 50, 1200, 800, false).fittedTo(ONE_SCREEN)).as("only 40 px showing").isEmpty();
        assertThat(new WindowState(0, 0, 3000, 2000, true).fittedTo(ONE_SCREEN)).contains(new WindowState(0, 0, 1920, 1080, true));
        assertThat(new WindowState(10, 10, 200, 100, false).fittedTo(ONE_SCREEN)).as("too small to use").isEmpty();
        List<WindowState.Area> two = List.of(new WindowState.Area(0, 0, 1920, 1080), new WindowState.Area(1920, 0, 2560, 1440));
        assertThat(new WindowState(2500, 50, 1200, 800, false).fittedTo(two)).isPresent();
    }

    @Test
    void aFirstWindowIsTheDefaultSizeShrunkToASmallScreenAndCentred() {
        // 1920 x 1080 holds 1360 x 860: centred at ((1920 - 1360) / 2, (1080 - 860) / 2).
        assertThat(WindowState.firstOpening(new WindowState.Area(0, 0, 1920, 1080)))
                .isEqualTo(new WindowState(280, 110, 1360, 860, false));
        // A 1280 x 800 laptop (the headless screen too) gets all of it, not a window hanging off its edges.
        assertThat(WindowState.firstOpening(new WindowState.Area(0, 0, 1280, 800)))
                .isEqualTo(new WindowState(0, 0, 1280, 800, false));
        // A second screen to the right, below a 30 px panel.
        assertThat(WindowState.firstOpening(new WindowState.Area(1920, 30, 1280, 1000)))
                .isEqualTo(new WindowState(1920, 100, 1280, 860, false));
    }
}
