package io.mediadesk.desktop.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the window opens, from system properties: for screenshots, demos and the latency
 * measurement, not for users (they get the library, light, no image).
 * {@code -Dmediadesk.section=studio}, {@code -Dmediadesk.theme=dark},
 * {@code -Dmediadesk.studio.sample=photo.jpg}, {@code -Dmediadesk.studio.tr=w-400,h-300},
 * {@code -Dmediadesk.studio.grid=w-400;w-200,e-grayscale} (presets over the sample, side by side shown).
 */
record LaunchOptions(Section section, boolean dark, Optional<Path> sample, String transformation, List<String> grid) {

    static LaunchOptions fromSystemProperties() {
        String section = System.getProperty("mediadesk.section", "library").toUpperCase(Locale.ROOT);
        boolean dark = "dark".equalsIgnoreCase(System.getProperty("mediadesk.theme", "light"));
        Optional<Path> sample = Optional.ofNullable(System.getProperty("mediadesk.studio.sample")).map(Path::of)
                .filter(Files::isRegularFile);
        List<String> grid = Arrays.stream(System.getProperty("mediadesk.studio.grid", "").split(";"))
                .filter(s -> !s.isBlank()).toList();
        return new LaunchOptions(section.startsWith("STUDIO") ? Section.STUDIO : Section.LIBRARY, dark, sample,
                System.getProperty("mediadesk.studio.tr", ""), grid);
    }
}
