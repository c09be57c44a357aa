package io.mediadesk.desktop.cli;

import io.mediadesk.engine.codec.AtomicFiles;
import io.mediadesk.engine.codec.ImageRejectedException;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.render.Rendered;
import io.mediadesk.engine.render.FolderLayerSource;
import io.mediadesk.engine.render.LayerSource;
import io.mediadesk.engine.render.Renderer;
import io.mediadesk.engine.transform.Transformation;
import io.mediadesk.engine.transform.TransformationParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk transform}: one image (INPUT OUTPUT) or a batch into {@code --out-dir}. Output
 * files appear under their final name only when complete (temp file, fsync, rename), so a failure
 * or Ctrl-C leaves nothing half-written.
 */
@Command(name = "transform", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render images with an ImageKit transformation string, locally.",
            "  transform INPUT OUTPUT --tr TR            one image; OUTPUT '-' writes to stdout",
            "  transform --tr TR --out-dir DIR INPUT...  a batch; one failure does not stop the rest",
            "Output format: the f- parameter, else OUTPUT's extension, else the input's format.",
            "JSON: {\"width\",\"height\",\"format\",\"bytes\"}; batch: {\"ok\",\"failed\",\"items\":[...]}"})
final class TransformCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--tr", required = true, paramLabel = "TR",
            description = "Transformation string, e.g. w-400,h-300,c-at_max:rt-90 (a leading tr: is allowed); n-NAME uses the library's preset NAME.")
    private String tr;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Batch mode: write every input into DIR.")
    private Path outDir;

    @Option(names = "--threads", paramLabel = "N", description = "Images rendered at once in batch mode (default: the number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--layers", paramLabel = "DIR",
            description = "Where l-image layers (i-folder@@name.png) and ff- fonts are read from (default: the library's assets).")
    private Path layersDir;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "INPUT OUTPUT, or the inputs of a batch.")
    private List<String> files;

    @Override
    public Integer call() throws IOException {
        // n-NAME is the library's preset; the library is opened only if the string names one.
        GlobalOptions global = root.global();
        Transformation transformation = new TransformationParser(new LibraryPresetLookup(global.library(), global.libraryUri(), root.upgrades())).parse(tr);
        // Image layers likewise come from the library (opened at the first one), or from --layers DIR.
        LayerSource layers = layersDir != null ? new FolderLayerSource(layersDir) : new LibraryLayers(global.library(), global.libraryUri(), root.upgrades());
        if (outDir != null) {
            return new BatchTransform(transformation, layers, outDir, threads, output(), root.stderr())
                    .run(files.stream().map(Path::of).toList());
        }
        if (files.size() != 2) {
            throw new ParameterException(spec.commandLine(), "transform takes INPUT OUTPUT (or --out-dir DIR with inputs), got "
                    + files.size() + " file argument(s)");
        }
        return single(transformation, layers, Path.of(files.get(0)), files.get(1));
    }

    private Output output() {
        return new Output(spec.commandLine().getOut(), root.global().json());
    }

    private int single(Transformation transformation, LayerSource layers, Path input, String output) throws IOException {
        boolean toStdout = output.equals("-");
        Optional<OutputFormat> byExtension = toStdout ? Optional.empty() : Formats.byExtension(Path.of(output));
        Rendered rendered;
        try (Renderer renderer = new Renderer(Limits.DEFAULT, Runtime.getRuntime().availableProcessors()).useLayerSource(layers)) {
            if (toStdout) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                renderer.render(input, transformation, byExtension, buffer);
                buffer.writeTo(root.stdout());
                root.stdout().flush();
                return ExitCode.OK.code();
            }
            Rendered[] result = new Rendered[1];
            AtomicFiles.write(Path.of(output), out -> result[0] = renderer.render(input, transformation, byExtension, out));
            rendered = result[0];
        } catch (ImageRejectedException e) {
            throw CommandFailure.rejected(input, e);
        }
        output().result(describe(rendered), String.format(Locale.ROOT, "%s  %d x %d  %s  %,d bytes", output,
                rendered.width(), rendered.height(), Formats.name(rendered.format()), rendered.bytes()));
        return ExitCode.OK.code();
    }

    static Map<String, Object> describe(Rendered rendered) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("width", rendered.width());
        json.put("height", rendered.height());
        json.put("format", Formats.name(rendered.format()));
        json.put("bytes", rendered.bytes());
        return json;
    }
}
