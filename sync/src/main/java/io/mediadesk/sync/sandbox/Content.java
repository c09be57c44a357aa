package io.mediadesk.sync.sandbox;

import io.mediadesk.engine.codec.ImageFormat;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import io.mediadesk.engine.codec.ImageRejectedException;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What a stored file's bytes are, from the engine's header probe: an image with its size and
 * format, or a non-image typed by its extension. Nothing is decoded.
 */
final class Content {
    private static final Map<ImageFormat, String> NAMES = Map.of(ImageFormat.JPEG, "jpg", ImageFormat.PNG, "png",
            ImageFormat.GIF, "gif", ImageFormat.WEBP, "webp", ImageFormat.BMP, "bmp", ImageFormat.TIFF, "tiff",
            ImageFormat.SVG, "svg");
    private static final Map<String, String> MIME = Map.of("jpg", "image/jpeg", "png", "image/png", "gif", "image/gif",
            "webp", "image/webp", "bmp", "image/bmp", "tiff", "image/tiff", "svg", "image/svg+xml");

    private final ImageProbe probe = new ImageProbe();

    /** Fills the content fields of {@code version} from the blob at {@code path}. */
    void describe(Version version, Path path, String fileName) {
        try {
            ImageInfo info = probe.probe(path);
            version.image = true;
            version.width = info.width();
            version.height = info.height();
            version.format = NAMES.get(info.format());
            version.mime = MIME.get(version.format);
            version.hasAlpha = info.hasAlpha();
            version.colorProfile = info.metadata().icc();
        } catch (ImageRejectedException e) {
            version.image = false;
            int dot = fileName.lastIndexOf('.');
            version.format = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            String guessed = URLConnection.guessContentTypeFromName(fileName);
            version.mime = guessed != null ? guessed : "application/octet-stream";
        }
    }

    static String mime(String format) {
        return MIME.getOrDefault(format, "application/octet-stream");
    }
}
