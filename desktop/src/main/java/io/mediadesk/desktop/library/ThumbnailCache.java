package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.ingest.ThumbnailMaker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The grid's and the panel's thumbnails as JavaFX images, least recently used kept. JPEG
 * thumbnails are decoded by JavaFX in its own background loader; WebP ones (images with alpha),
 * which JavaFX cannot read, go through the engine's {@code renderPixels} on the TaskRunner. A
 * missing thumbnail (import made without them, or it failed) leaves the placeholder up.
 */
public final class ThumbnailCache {
    /** Decoded thumbnails kept by default (the settings can change it, from the next start). */
    public static final int KEPT = 600;

    private final int kept;

    private final ThumbnailMaker files;
    private final Renderer renderer;
    private final TaskRunner tasks;
    private final TransformationParser parser = new TransformationParser();
    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > kept;
        }
    };

    public ThumbnailCache(ThumbnailMaker files, Renderer renderer, TaskRunner tasks) {
        this(files, renderer, tasks, KEPT);
    }

    /** Keeping {@code kept} decoded thumbnails, least recently used dropped first. */
    public ThumbnailCache(ThumbnailMaker files, Renderer renderer, TaskRunner tasks, int kept) {
        this.kept = kept;
        this.files = files;
        this.renderer = renderer;
        this.tasks = tasks;
    }

    /** Hands the image over when there is one (at once if cached or JPEG, later for WebP); never on failure. */
    public void load(Asset asset, int size, Consumer<Image> onImage) {
        String key = asset.contentHash() + "/" + size;
        Image cached = images.get(key);
        if (cached != null) {
            onImage.accept(cached);
            return;
        }
        Path file = files.pathFor(asset.contentHash(), size, asset.hasAlpha());
        if (!asset.hasAlpha()) {
            Image image = new Image(file.toUri().toString(), size, size, true, true, true);
            images.put(key, image);
            onImage.accept(image);
            return;
        }
        tasks.run(() -> Files.isRegularFile(file) ? renderer.renderPixels(file, parser.parse("w-" + size)) : null, pixels -> {
            if (pixels == null) return;
            WritableImage image = new WritableImage(pixels.width(), pixels.height());
            image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                    pixels.argb(), 0, pixels.width());
            images.put(key, image);
            onImage.accept(image);
        }, e -> { });
    }
}
