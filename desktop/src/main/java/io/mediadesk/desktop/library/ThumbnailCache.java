package io.mediadesk.desktop.library;

import io.mediadesk.desktop.app.TaskRunner;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.ingest.ThumbnailMaker;
import io.mediadesk.library.ingest.ThumbnailQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The grid's and the panel's thumbnails as JavaFX images, least recently used kept. JPEG
 * thumbnails are decoded by JavaFX in its own background loader and handed over once loaded;
 * WebP ones (images with alpha), which JavaFX cannot read, go through the engine's
 * {@code renderPixels} on the TaskRunner. No file is touched on the FX thread. A missing thumbnail (an import made without them, an asset that came down from the service) is
 * asked of the {@link ThumbnailQueue} at visible priority, ahead of any import's backlog, and
 * handed over when it exists; the placeholder stays up until then, and for good if it cannot be
 * made.
 */
public final class ThumbnailCache {
    /** Decoded thumbnails kept by default (the settings can change it, from the next start). */
    public static final int KEPT = 600;

    private final int kept;

    private final ThumbnailMaker files;
    private final ThumbnailQueue queue;
    private final Renderer renderer;
    private final TaskRunner tasks;
    private final Executor fx;
    private final TransformationParser parser = new TransformationParser();
    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > kept;
        }
    };

    /**
     * @param queue makes missing thumbnails in the background
     * @param fx runs a hand-over on the FX thread once a queued thumbnail exists
     */
    public ThumbnailCache(ThumbnailMaker files, ThumbnailQueue queue, Renderer renderer, TaskRunner tasks, Executor fx) {
        this(files, queue, renderer, tasks, fx, KEPT);
    }

    /** Keeping {@code kept} decoded thumbnails, least recently used dropped first. */
    public ThumbnailCache(ThumbnailMaker files, ThumbnailQueue queue, Renderer renderer, TaskRunner tasks, Executor fx, int kept) {
        this.kept = kept;
        this.files = files;
        this.queue = queue;
        this.renderer = renderer;
        this.tasks = tasks;
        this.fx = fx;
    }

    /**
     * Calls {@code done} on the FX thread with the count each time the background queue runs dry
     * after making at least {@code atLeast} thumbnails: for a "thumbnails done" notification.
     */
    public void onBatchMade(int atLeast, java.util.function.IntConsumer done) {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        queue.addListener(new ThumbnailQueue.Listener() {
            @Override
            public void made(String sha256) {
                int n = made.incrementAndGet();
                if (queue.pending() <= 1) { // the queue tells its listeners before it forgets the job just made
                    made.set(0);
                    if (n >= atLeast) fx.execute(() -> done.accept(n));
                }
            }
        });
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
            // JavaFX reads the file on its own loader thread; a missing one comes back as an error.
            Image image = new Image(file.toUri().toString(), size, size, true, true, true);
            whenLoaded(image, () -> {
                images.put(key, image);
                onImage.accept(image);
            }, () -> ask(asset, size, onImage));
            return;
        }
        tasks.run(() -> Files.isRegularFile(file) ? renderer.renderPixels(file, parser.parse("w-" + size)) : null, pixels -> {
            if (pixels == null) {
                ask(asset, size, onImage);
                return;
            }
            WritableImage image = new WritableImage(pixels.width(), pixels.height());
            image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(), PixelFormat.getIntArgbInstance(),
                    pixels.argb(), 0, pixels.width());
            images.put(key, image);
            onImage.accept(image);
        }, e -> { });
    }

    /** The thumbnail is not on disk: the queue makes it (visible tiles first), then it is loaded again. */
    private void ask(Asset asset, int size, Consumer<Image> onImage) {
        queue.request(asset, ThumbnailQueue.Priority.VISIBLE).whenComplete((made, failure) -> {
            if (failure == null) fx.execute(() -> load(asset, size, onImage));
        });
    }

    /** Runs {@code loaded} once {@code image} has loaded, or {@code failed} if it could not be read. */
    private static void whenLoaded(Image image, Runnable loaded, Runnable failed) {
        if (image.isError()) {
            failed.run();
            return;
        }
        if (image.getProgress() >= 1.0) {
            loaded.run();
            return;
        }
        javafx.beans.InvalidationListener[] watch = new javafx.beans.InvalidationListener[1];
        watch[0] = o -> {
            if (!image.isError() && image.getProgress() < 1.0) return;
            image.errorProperty().removeListener(watch[0]);
            image.progressProperty().removeListener(watch[0]);
            if (image.isError()) failed.run();
            else loaded.run();
        };
        image.errorProperty().addListener(watch[0]);
        image.progressProperty().addListener(watch[0]);
    }
}
