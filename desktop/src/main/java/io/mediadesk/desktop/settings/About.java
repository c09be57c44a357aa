package io.mediadesk.desktop.settings;

import java.util.List;

/**
 * What the about box says: the version from the app's identity and the licences of what the app
 * bundles. The list follows {@code mvn dependency:list} of the desktop module (runtime scope);
 * no fonts are bundled, the system's are used.
 */
public final class About {

    /** A bundled component and its licence. */
    public record Component(String name, String licence) {
    }

    public static final List<Component> COMPONENTS = List.of(
            new Component("OpenJFX 21 (JavaFX)", "GPL-2.0 with Classpath Exception"),
            new Component("ControlsFX 11.2", "BSD-3-Clause"),
            new Component("AtlantaFX 2.0 (Primer themes)", "MIT"),
            new Component("picocli 4.7", "Apache-2.0"),
            new Component("Jackson 2.21", "Apache-2.0"),
            new Component("OkHttp 5 and Okio 3", "Apache-2.0"),
            new Component("Kotlin standard library", "Apache-2.0"),
            new Component("SQLite JDBC (xerial)", "Apache-2.0; SQLite itself is public domain"),
            new Component("MongoDB Java driver 5", "Apache-2.0"),
            new Component("TwelveMonkeys ImageIO 3.14", "BSD-3-Clause"),
            new Component("webp-imageio (usefulness)", "Apache-2.0; bundles libwebp, BSD-3-Clause"),
            new Component("metadata-extractor 2.21 and XMPCore", "Apache-2.0; XMPCore BSD-3-Clause"),
            new Component("Thumbnailator 0.4", "MIT"),
            new Component("SLF4J 2", "MIT"),
            new Component("Logback 1.5", "EPL-1.0 or LGPL-2.1"),
            new Component("JSVG 1.7 (SVG input)", "MIT"),
            new Component("DejaVu fonts 2.37 (text layers)", "Bitstream Vera Fonts licence; DejaVu changes public domain"),
            new Component("LBP frontal face cascade (KU Leuven, via OpenCV)", "BSD-3-Clause"));

    private About() {
    }

    public static String runtime() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), JavaFX "
                + System.getProperty("javafx.runtime.version", "?") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }
}
