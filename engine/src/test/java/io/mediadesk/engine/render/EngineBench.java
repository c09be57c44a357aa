package io.mediadesk.engine.render;

import io.mediadesk.engine.codec.DecodedImage;
import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.Encoder;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.Planner;
import io.mediadesk.engine.plan.Source;
import io.mediadesk.engine.transform.Transformation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

/**
 * The engine benchmark's in-process half (not a unit test: a {@code main} that prints figures).
 * {@code scripts/bench-engine.sh} builds, runs this and the whole-process measurements of
 * Mediadesk, libvips, ImageMagick and GraphicsMagick, and prints one table; see
 * {@code docs/BENCHMARKS.md}.
 *
 * <pre>
 * EngineBench inprocess TR REPS FILE...     img/s with 1 and 2 threads (warm), plus the
 *                                           decode / normalize / stages / encode breakdown
 * EngineBench ssim OUTDIR REFDIR FILE...    luma SSIM of OUTDIR/NAME.jpg against a Lanczos3
 *                                           reference of the same size made by ImageMagick
 *                                           from the full decode (cached in REFDIR)
 * EngineBench layered REPS LIBDIR FILE TR... ms per render of FILE with each TR (layers read
 *                                           from LIBDIR), 1 thread and all cores, JPEG q80
 * EngineBench animated REPS FILE TR...      ms per render and frames/s of an animated GIF/WebP/APNG
 *                                           FILE with each TR, output in the input's format unless
 *                                           TR has f-; -Dbench.out=DIR also writes each TR's
 *                                           output there once (DIR/N.ext, N = the TR's position)
 * </pre>
 * Output lines are tab-separated, {@code key value...}, for the script to collect.
 */
public final class EngineBench {

    private EngineBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        switch (args[0]) {
            case "inprocess" -> {
                for (int i = 3; i < args.length; i++) files.add(Path.of(args[i]));
                inProcess(Transformation.parse(args[1]), Integer.parseInt(args[2]), files);
            }
            case "ssim" -> {
                for (int i = 3; i < args.length; i++) files.add(Path.of(args[i]));
                ssim(Path.of(args[1]), Path.of(args[2]), files);
            }
            case "layered" -> layered(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]),
                    Arrays.asList(args).subList(4, args.length));
            case "animated" -> animated(Integer.parseInt(args[1]), Path.of(args[2]), Arrays.asList(args).subList(3, args.length));
            default -> throw new IllegalArgumentException("inprocess | ssim | layered | animated, got " + args[0]);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------- layered presets

    /**
     * One photo rendered with each transformation: milliseconds per render (decode to encoded
     * bytes), median, min and max of {@code reps} after two warm-up renders, with one thread per
     * image and with all cores, and the median CPU time of the whole process per render (steadier
     * than wall time on a shared machine). Lines: {@code layered THREADS TR MEDIAN MIN MAX BYTES CPU}.
     */
    private static void layered(int reps, Path library, Path file, List<String> transformations) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : new int[] {1, cores}) {
            try (Renderer renderer = new Renderer(Limits.DEFAULT, threads)) {
                renderer.useLayerSource(new FolderLayerSource(library));
                for (String text : transformations) {
                    Transformation tr = Transformation.parse(text);
                    double[] ms = new double[reps];
                    double[] cpu = new double[reps];
                    long bytes = 0;
                    for (int r = -2; r < reps; r++) {
                        long start = System.nanoTime();
                        long cpu0 = os.getProcessCpuTime();
                        bytes = renderer.render(file, tr, Optional.of(OutputFormat.JPEG), OutputStream.nullOutputStream()).bytes();
                        if (r >= 0) {
                            ms[r] = (System.nanoTime() - start) / 1e6;
                            cpu[r] = (os.getProcessCpuTime() - cpu0) / 1e6;
                        }
                    }
                    Arrays.sort(ms);
                    Arrays.sort(cpu);
                    System.out.printf(Locale.ROOT, "layered\t%d\t%s\t%.0f\t%.0f\t%.0f\t%d\t%.0f%n", threads, text,
                            ms[reps / 2], ms[0], ms[reps - 1], bytes, cpu[reps / 2]);
                }
            }
        }
    }

    // ---------------------------------------------------------------- animations

    /**
     * An animation rendered whole (decode every frame, stages per frame, encode the sequence), one
     * thread, two warm-up renders: median/min/max ms per render, frames/s at the median, output
     * bytes and median process CPU ms. Lines: {@code animated TR FRAMES MEDIAN MIN MAX FPS BYTES CPU}.
     */
    private static void animated(int reps, Path file, List<String> transformations) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        int frames = new Decoder(1).probe(file).frameCount();
        try (Renderer renderer = new Renderer(Limits.DEFAULT, 1)) {
            for (String text : transformations) {
                Transformation tr = Transformation.parse(text);
                double[] ms = new double[reps];
                double[] cpu = new double[reps];
                long bytes = 0;
                for (int r = -2; r < reps; r++) {
                    long start = System.nanoTime();
                    long cpu0 = os.getProcessCpuTime();
                    bytes = renderer.render(file, tr, Optional.empty(), OutputStream.nullOutputStream()).bytes();
                    if (r >= 0) {
                        ms[r] = (System.nanoTime() - start) / 1e6;
                        cpu[r] = (os.getProcessCpuTime() - cpu0) / 1e6;
                    }
                }
                Arrays.sort(ms);
                Arrays.sort(cpu);
                String outDir = System.getProperty("bench.out");
                if (outDir != null) {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    Rendered rendered = renderer.render(file, tr, Optional.empty(), out);
                    java.nio.file.Files.write(Path.of(outDir, transformations.indexOf(text) + "."
                            + rendered.format().extension()), out.toByteArray());
                }
                System.out.printf(Locale.ROOT, "animated\t%s\t%d\t%.0f\t%.0f\t%.0f\t%.1f\t%d\t%.0f%n", text, frames,
                        ms[reps / 2], ms[0], ms[reps - 1], frames * 1000 / ms[reps / 2], bytes, cpu[reps / 2]);
            }
        }
    }

    // ---------------------------------------------------------------- in-process throughput

    private static void inProcess(Transformation tr, int reps, List<Path> files) throws Exception {
        for (int threads : new int[] {1, 2}) {
            // As the batch CLI does: a shared renderer, each image single-threaded when the batch
            // runs images side by side, all cores for one image when it runs them one at a time.
            int perImage = Math.max(1, Runtime.getRuntime().availableProcessors() / threads);
            try (Renderer renderer = Renderer.forBatch(Limits.DEFAULT, perImage, threads)) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    batch(renderer, pool, tr, files); // warm-up: JIT, ImageIO registry, caches
                    batch(renderer, pool, tr, files);
                    double[] rates = new double[reps];
                    for (int r = 0; r < reps; r++) {
                        long start = System.nanoTime();
                        batch(renderer, pool, tr, files);
                        rates[r] = files.size() / ((System.nanoTime() - start) / 1e9);
                    }
                    Arrays.sort(rates);
                    System.out.printf(Locale.ROOT, "inprocess\t%d\t%.2f\t%.2f\t%.2f%n", threads,
                            rates[reps / 2], rates[0], rates[reps - 1]);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        breakdown(tr, reps, files);
    }

    private static void batch(Renderer renderer, ExecutorService pool, Transformation tr, List<Path> files)
            throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> renderer.render(file, tr, Optional.empty(), OutputStream.nullOutputStream())));
        }
        for (Future<?> f : futures) f.get();
    }

    /**
     * One thread, the renderer's steps timed apart: probe + plan, decode (read + conversion to
     * sRGB), normalize, the plan's stages (orientation, resize), encode. Milliseconds per image,
     * the median over {@code reps} passes of the mean over the files.
     */
    private static void breakdown(Transformation tr, int reps, List<Path> files) throws Exception {
        String[] names = {"plan", "decode", "normalize", "stages", "encode"};
        double[][] ms = new double[names.length][reps];
        Planner planner = Planner.from(Limits.DEFAULT);
        Encoder encoder = new Encoder();
        try (Decoder decoder = new Decoder()) {
            for (int r = -2; r < reps; r++) {
                double[] sum = new double[names.length];
                for (Path file : files) {
                    long t0 = System.nanoTime();
                    ImageInfo info = decoder.probe(file);
                    Plan plan = planner.plan(tr, Source.from(info));
                    long t1 = System.nanoTime();
                    DecodedImage decoded = decoder.decode(file, Limits.DEFAULT, Renderer.decodeOptions(plan));
                    long t2 = System.nanoTime();
                    BufferedImage normal = Normalize.INSTANCE.apply(decoded.image());
                    long t3 = System.nanoTime();
                    BufferedImage out = PlanStages.run(plan, normal, 1, s -> { });
                    long t4 = System.nanoTime();
                    encoder.encode(out, OutputFormat.JPEG, Renderer.encodeOptions(plan, new ArrayList<>()),
                            new ByteArrayOutputStream());
                    long t5 = System.nanoTime();
                    long[] t = {t0, t1, t2, t3, t4, t5};
                    for (int i = 0; i < names.length; i++) sum[i] += (t[i + 1] - t[i]) / 1e6;
                }
                if (r >= 0) {
                    for (int i = 0; i < names.length; i++) ms[i][r] = sum[i] / files.size();
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            Arrays.sort(ms[i]);
            System.out.printf(Locale.ROOT, "breakdown\t%s\t%.1f\t%.1f\t%.1f%n", names[i],
                    ms[i][reps / 2], ms[i][0], ms[i][reps - 1]);
        }
    }

    // ---------------------------------------------------------------- quality

    private static void ssim(Path outDir, Path refDir, List<Path> sources) throws Exception {
        Files.createDirectories(refDir);
        double sum = 0;
        double min = 1;
        for (Path source : sources) {
            String base = source.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            BufferedImage out = Normalize.INSTANCE.apply(ImageIO.read(outDir.resolve(base + ".jpg").toFile()));
            BufferedImage ref = Normalize.INSTANCE.apply(ImageIO.read(reference(source, refDir, base, out)));
            double s = Ssim.of(out, ref);
            System.out.printf(Locale.ROOT, "ssim-file\t%s\t%dx%d\t%.4f%n", base, out.getWidth(), out.getHeight(), s);
            sum += s;
            min = Math.min(min, s);
        }
        System.out.printf(Locale.ROOT, "ssim\t%.4f\t%.4f%n", sum / sources.size(), min);
    }

    /**
     * ImageMagick's Lanczos (3 lobes) resize to exactly the tool's output size, from the full
     * decode (no {@code jpeg:size} hint, so no DCT scaling), as a lossless PNG.
     */
    private static File reference(Path source, Path refDir, String base, BufferedImage like)
            throws IOException, InterruptedException {
        String size = like.getWidth() + "x" + like.getHeight();
        Path ref = refDir.resolve(base + "_" + size + ".png");
        if (!Files.exists(ref)) {
            Process p = new ProcessBuilder("/usr/bin/convert", source.toString(), "-filter", "Lanczos",
                    "-resize", size + "!", ref.toString()).inheritIO().start();
            if (p.waitFor() != 0) throw new IOException("convert failed for " + source);
        }
        return ref.toFile();
    }
}
