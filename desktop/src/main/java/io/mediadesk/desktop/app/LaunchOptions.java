package io.mediadesk.desktop.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the window opens, from system properties: for screenshots, demos and the latency
 * measurement, not for users (they get the section and theme they left, from the settings).
 * {@code -Dmediadesk.section=studio} (or library, sync, purge, accounts, presets), {@code -Dmediadesk.theme=dark},
 * {@code -Dmediadesk.studio.sample=photo.jpg}, {@code -Dmediadesk.studio.tr=w-400,h-300},
 * {@code -Dmediadesk.studio.grid=w-400;w-200,e-grayscale} (presets over the sample, side by side shown),
 * {@code -Dmediadesk.demo.sandbox=true} (connect the local sandbox at start and plan a sync with it),
 * {@code -Dmediadesk.presets.select=thumb} (the preset shown in the presets room, previewed on the sample),
 * {@code -Dmediadesk.library.select=Kleiber} (the first asset of that name shown in the asset panel, its versions in view;
 * with the sandbox, once it is connected), {@code -Dmediadesk.studio.compare=true} (that asset opened in the studio with
 * Compare with CDN on), {@code -Dmediadesk.demo.purge=/a.jpg;/b.jpg} (with the sandbox: those assets' URLs planned and
 * sent by the purge panel, which polls them until Completed),
 * {@code -Dmediadesk.sync.tab=conflicts} (the sync panel opens on its Conflicts tab),
 * {@code -Dmediadesk.studio.zoom=400} (the studio's preview zoomed to 100, 200 or 400 % around its centre once the
 * exact render is on screen).
 */
record LaunchOptions(Optional<Section> section, Optional<Boolean> dark, Optional<Path> sample, String transformation,
        List<String> grid, boolean demoSandbox, Optional<String> preset, Optional<String> select, boolean compare,
        List<String> purge, boolean syncConflicts, double studioZoom) {

    static LaunchOptions fromSystemProperties() {
        Optional<Section> section = Section.named(System.getProperty("mediadesk.section"));
        Optional<Boolean> dark = Optional.ofNullable(System.getProperty("mediadesk.theme")).map("dark"::equalsIgnoreCase);
        Optional<Path> sample = Optional.ofNullable(System.getProperty("mediadesk.studio.sample")).map(Path::of)
                .filter(Files::isRegularFile);
        List<String> grid = Arrays.stream(System.getProperty("mediadesk.studio.grid", "").split(";"))
                .filter(s -> !s.isBlank()).toList();
        return new LaunchOptions(section, dark, sample, System.getProperty("mediadesk.studio.tr", ""), grid,
                Boolean.getBoolean("mediadesk.demo.sandbox"),
                Optional.ofNullable(System.getProperty("mediadesk.presets.select")).filter(n -> !n.isBlank()),
                Optional.ofNullable(System.getProperty("mediadesk.library.select")).filter(n -> !n.isBlank()),
                Boolean.getBoolean("mediadesk.studio.compare"), Arrays.stream(System.getProperty("mediadesk.demo.purge", "")
                        .split(";")).filter(s -> !s.isBlank()).toList(),
                "conflicts".equals(System.getProperty("mediadesk.sync.tab")),
                Integer.getInteger("mediadesk.studio.zoom", 0) / 100.0);
    }
}
