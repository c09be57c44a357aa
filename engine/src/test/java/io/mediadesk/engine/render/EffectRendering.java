package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.Planner;
import io.mediadesk.engine.plan.Source;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Renders a transformation on an in-memory image the way the renderer does: plan, then stages
 * (with trims and layers). Layers read from {@link #LIBRARY}, a folder holding {@code logo.png}
 * (12x8, opaque blue {@code 0000FF}) and {@code folder/sub/mark.png} (6x4, opaque green).
 */
final class EffectRendering {
    static final Path LIBRARY = library();
    private static final Decoder DECODER = new Decoder(1);

    private EffectRendering() {
    }

    static BufferedImage render(String transformation, BufferedImage image) {
        return render(transformation, image, 1);
    }

    static BufferedImage render(String transformation, BufferedImage image, int parallelism) {
        return render(transformation, image, parallelism, new FolderLayerSource(LIBRARY), notice -> { });
    }

    static BufferedImage render(String transformation, BufferedImage image, int parallelism, LayerSource layers,
            Consumer<String> notices) {
        Transformation t = Transformation.parse(transformation);
        Source source = Source.of(image.getWidth(), image.getHeight());
        Planner planner = new Planner();
        Plan plan = planner.plan(t, source);
        Renderer.refuseUnplanned(plan);
        Layers compositor = new Layers(layers, DECODER, Limits.DEFAULT, planner, parallelism, notices);
        return PlanStages.run(plan, trims -> planner.plan(t, source, trims), image, parallelism, notices,
                compositor::composite).image();
    }

    /** A solid opaque image. */
    static BufferedImage solid(int width, int height, int rgb) {
        BufferedImage out = Pixels.create(width, height, false);
        Arrays.fill(Pixels.of(out), rgb);
        return out;
    }

    private static Path library() {
        try {
            Path root = Files.createTempDirectory("layers");
            root.toFile().deleteOnExit();
            ImageIO.write(solid(12, 8, 0x0000FF), "png", root.resolve("logo.png").toFile());
            Files.createDirectories(root.resolve("folder/sub"));
            ImageIO.write(solid(6, 4, 0x00FF00), "png", root.resolve("folder/sub/mark.png").toFile());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
