package io.mediadesk.desktop.cli;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.AtomicFiles;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.render.Rendered;
import io.mediadesk.engine.render.LayerSource;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batch mode of {@code transform}: every input rendered into one folder, several at a time,
 * progress on stderr, a failure recorded for its item without stopping the rest. Two inputs that
 * would land on the same name (a.jpg and a.png to webp) get {@code a.webp} and {@code a-2.webp}.
 */
final class BatchTransform {
    private final Transformation transformation;
    private final Path outDir;
    private final LayerSource layers;
    private final int threads;
    private final Output output;
    private final PrintStream progress;
    private final Set<Path> taken = new HashSet<>();
    private final AtomicInteger done = new AtomicInteger();

    BatchTransform(Transformation transformation, LayerSource layers, Path outDir, int threads, Output output, PrintStream progress) {
        this.transformation = transformation;
        this.layers = layers;
        this.outDir = outDir;
        this.threads = Math.max(1, threads);
        this.output = output;
        this.progress = progress;
    }

    /** Item of the JSON result: input, then output/width/height or error. */
    record Item(Path input, Path output, Rendered rendered, RuntimeException error) {
    }

    int run(List<Path> inputs) throws IOException {
        Files.createDirectories(outDir);
        int perImage = Math.max(1, Runtime.getRuntime().availableProcessors() / threads);
        List<Item> items = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Renderer renderer = Renderer.forBatch(Limits.DEFAULT, perImage, threads).useLayerSource(layers)) {
            List<Future<Item>> futures = new ArrayList<>();
            for (Path input : inputs) {
                futures.add(pool.submit(() -> renderOne(renderer, input, inputs.size())));
            }
            for (Future<Item> f : futures) {
                items.add(await(f));
            }
        } finally {
            pool.shutdownNow();
        }
        return report(items);
    }

    private Item renderOne(Renderer renderer, Path input, int total) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            Rendered rendered = renderer.render(input, transformation, Optional.empty(), buffer);
            Path target = reserve(input, Formats.name(rendered.format()));
            AtomicFiles.write(target, buffer::writeTo);
            progress.printf("[%d/%d] %s -> %s (%d x %d)%n", done.incrementAndGet(), total, input, target,
                    rendered.width(), rendered.height());
            return new Item(input, target, rendered, null);
        } catch (EngineException e) {
            progress.printf("[%d/%d] %s: error: %s%n", done.incrementAndGet(), total, input, CommandFailure.describe(input, e));
            return new Item(input, null, null, e);
        } catch (IOException e) {
            RuntimeException failure = new UncheckedIOException("cannot write the output: " + e.getMessage(), e);
            progress.printf("[%d/%d] %s: error: %s%n", done.incrementAndGet(), total, input, failure.getMessage());
            return new Item(input, null, null, failure);
        }
    }

    private synchronized Path reserve(Path input, String extension) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path candidate = outDir.resolve(base + "." + extension);
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = outDir.resolve(base + "-" + n + "." + extension);
        }
        return candidate;
    }

    private static Item await(Future<Item> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed unexpectedly", e.getCause());
        }
    }

    private int report(List<Item> items) {
        List<Map<String, Object>> json = new ArrayList<>();
        int failed = 0;
        ExitCode worst = ExitCode.OK;
        for (Item item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", item.input().toString());
            if (item.error() == null) {
                row.put("output", item.output().toString());
                row.put("width", item.rendered().width());
                row.put("height", item.rendered().height());
            } else {
                failed++;
                row.put("error", CommandFailure.describe(item.input(), item.error()));
                worst = worst == ExitCode.OK ? ExitCode.of(item.error()) : worst;
            }
            json.add(row);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", items.size() - failed);
        result.put("failed", failed);
        result.put("items", json);
        output.result(result, (items.size() - failed) + " rendered, " + failed + " failed, into " + outDir);
        return worst.code();
    }
}
