package io.mediadesk.desktop.cli;

import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.ImageProbe;
import io.mediadesk.engine.codec.ImageRejectedException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mediadesk info INPUT}: what the engine sees in the header, before decoding a pixel. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Show what the engine reads from an image's header, without decoding pixels.",
            "Width and height are as stored, before EXIF rotation.",
            "JSON: {\"width\",\"height\",\"format\",\"orientation\",\"hasAlpha\",\"frames\"}"})
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The image file.")
    private Path input;

    @Override
    public Integer call() {
        ImageInfo info;
        try {
            info = new ImageProbe().probe(input);
        } catch (ImageRejectedException e) {
            throw CommandFailure.rejected(input, e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("width", info.width());
        json.put("height", info.height());
        json.put("format", info.format().name().toLowerCase(Locale.ROOT));
        json.put("orientation", info.orientation());
        json.put("hasAlpha", info.hasAlpha());
        json.put("frames", info.frameCount());
        String text = String.format(Locale.ROOT, "%s  %d x %d  %s%s, orientation %d%s",
                input.getFileName(), info.width(), info.height(), json.get("format"),
                info.hasAlpha() ? " with alpha" : "", info.orientation(),
                info.frameCount() > 1 ? ", " + info.frameCount() + " frames" : "");
        new Output(spec.commandLine().getOut(), root.global().json()).result(json, text);
        return ExitCode.OK.code();
    }
}
