package io.mediadesk.library.ingest;

import io.mediadesk.engine.codec.AtomicFiles;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.TransformationParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The grid and preview thumbnails, rendered by the engine with the service's own transformation
 * language ({@code w-256,h-256,c-at_max}), so a thumbnail looks like what the CDN would serve.
 * Stored like originals, by content hash: {@code thumbnails/256/ab/<sha256>.jpg}. JPEG for opaque
 * images; WebP when the image has alpha, because JPEG would flatten it. Derived data: written
 * atomically, and always re-creatable from the original. An animation gets a still of frame 1.
 */
public final class ThumbnailMaker implements AutoCloseable {
    public static final List<Integer> SIZES = List.of(256, 1024);

    private final Path root;
    private final Renderer renderer;
    private final TransformationParser parser = new TransformationParser();

    public ThumbnailMaker(Path libraryFolder, Renderer renderer) {
        this.root = libraryFolder.resolve("thumbnails");
        this.renderer = renderer;
    }

    public Path pathFor(String sha256, int size, boolean alpha) {
        return root.resolve(String.valueOf(size)).resolve(sha256.substring(0, 2))
                .resolve(sha256 + "." + format(alpha).extension());
    }

    /** Makes every size that is missing. */
    public void make(Path original, String sha256, boolean alpha) throws IOException {
        for (int size : SIZES) {
            Path target = pathFor(sha256, size, alpha);
            if (Files.isRegularFile(target)) continue;
            Files.createDirectories(target.getParent());
            Transformation t = parser.parse("w-" + size + ",h-" + size + ",c-at_max");
            AtomicFiles.write(target, out -> renderer.renderStill(original, t, Optional.of(format(alpha)), out));
        }
    }

    private static OutputFormat format(boolean alpha) {
        return alpha ? OutputFormat.WEBP : OutputFormat.JPEG;
    }

    @Override
    public void close() {
        renderer.close();
    }
}
