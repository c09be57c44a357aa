package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.ImageFormat;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.plan.OutputSpec;
import java.util.Optional;

/**
 * Which format to encode: the {@code f-} parameter, else what the caller prefers (the output
 * file's extension), else the input's own format.
 *
 * <p>{@code f-auto}: the service picks per browser (WebP or AVIF where accepted); locally it is
 * WebP, which every current browser takes and which keeps alpha. {@code f-orig} is the input's
 * format. AVIF, SVG and video outputs have no encoder on the JVM here and are refused by name.
 */
final class OutputChoice {
    private OutputChoice() {
    }

    static OutputFormat of(OutputSpec spec, Optional<OutputFormat> preferred, ImageFormat input) {
        if (spec.format().isPresent()) {
            return named(spec.format().get(), input);
        }
        return preferred.orElseGet(() -> same(input));
    }

    private static OutputFormat named(String f, ImageFormat input) {
        return switch (f) {
            case "auto", "webp" -> OutputFormat.WEBP;
            case "orig" -> same(input);
            case "jpg", "jpeg" -> OutputFormat.JPEG;
            case "png" -> OutputFormat.PNG;
            case "gif" -> OutputFormat.GIF;
            case "avif" -> throw new NotRenderableException(
                    "f-avif: no AVIF encoder is available to the local engine; use f-webp here, or the hosted service's rendering");
            default -> throw new NotRenderableException("f-" + f + ": the local engine renders images only (jpg, png, webp, gif)");
        };
    }

    static OutputFormat same(ImageFormat input) {
        return switch (input) {
            case JPEG -> OutputFormat.JPEG;
            case PNG -> OutputFormat.PNG;
            case GIF -> OutputFormat.GIF;
            case WEBP -> OutputFormat.WEBP;
            case BMP -> OutputFormat.BMP;
            case TIFF -> OutputFormat.TIFF;
            default -> OutputFormat.PNG;
        };
    }
}
