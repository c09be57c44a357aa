package io.mediadesk.desktop.cli;

import io.mediadesk.engine.codec.OutputFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Output formats as the command line names them: file extensions in, service names out. */
final class Formats {
    private Formats() {
    }

    static Optional<OutputFormat> byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (name.substring(dot + 1)) {
            case "jpg", "jpeg" -> Optional.of(OutputFormat.JPEG);
            case "png" -> Optional.of(OutputFormat.PNG);
            case "webp" -> Optional.of(OutputFormat.WEBP);
            case "gif" -> Optional.of(OutputFormat.GIF);
            case "bmp" -> Optional.of(OutputFormat.BMP);
            case "tif", "tiff" -> Optional.of(OutputFormat.TIFF);
            default -> Optional.empty();
        };
    }

    /** The name the service uses in its {@code f-} parameter and responses. */
    static String name(OutputFormat format) {
        return format == OutputFormat.JPEG ? "jpg" : format.name().toLowerCase(Locale.ROOT);
    }
}
