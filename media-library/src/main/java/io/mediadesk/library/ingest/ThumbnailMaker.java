package io.mediadesk.library.ingest;

import io.mediadesk.engine.codec.AtomicFiles;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.Planner;
import io.mediadesk.engine.plan.Source;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.library.asset.Asset;
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
    private final Planner planner = new Planner();

    public ThumbnailMaker(Path libraryFolder, Renderer renderer) {
        this.root = libraryFolder.resolve("thumbnails");
        this.renderer = renderer;
    }

    public Path pathFor(String sha256, int size, boolean alpha) {
        return root.resolve(String.valueOf(size)).resolve(sha256.substring(0, 2))
                .resolve(sha256 + "." + format(alpha).extension());
    }

    /**
     * Makes every size of {@code asset}'s thumbnail that is missing: the largest from the original,
     * the others from the largest. Decoding the original is most of a thumbnail's cost (a 12 MP
     * JPEG's entropy decoding does not shrink with the scale it is decoded at), so it is decoded
     * once. The 1024 px rendition is already upright and sRGB; each smaller one is scaled from it
     * to exactly the size {@code w-N,h-N,c-at_max} gives the original, so two steps round no
     * differently from one.
     */
    public void make(Path original, Asset asset) throws IOException {
        String sha256 = asset.contentHash();
        boolean alpha = asset.hasAlpha();
        int largest = SIZES.get(SIZES.size() - 1);
        Path big = pathFor(sha256, largest, alpha);
        if (!Files.isRegularFile(big)) write(original, big, atMax(largest), alpha);
        Source source = Source.of(asset.width(), asset.height(), asset.orientation());
        for (int size : SIZES) {
            Path target = pathFor(sha256, size, alpha);
            if (Files.isRegularFile(target)) continue;
            Plan plan = planner.plan(atMax(size), source);
            write(big, target, parser.parse("w-" + plan.width() + ",h-" + plan.height() + ",c-force"), alpha);
        }
    }

    private Transformation atMax(int size) {
        return parser.parse("w-" + size + ",h-" + size + ",c-at_max");
    }

    private void write(Path source, Path target, Transformation t, boolean alpha) throws IOException {
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, out -> renderer.renderStill(source, t, Optional.of(format(alpha)), out));
    }

    /** The renderer thumbnails are made with. */
    public Renderer renderer() {
        return renderer;
    }

    private static OutputFormat format(boolean alpha) {
        return alpha ? OutputFormat.WEBP : OutputFormat.JPEG;
    }

    @Override
    public void close() {
        renderer.close();
    }
}
