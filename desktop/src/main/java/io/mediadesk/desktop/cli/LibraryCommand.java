package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.Library;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mediadesk library}: opens the library (creating it on first use) and tells what it holds. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = {"Open the library (created on first use) and show where it is and what it holds.",
            "JSON: {\"path\",\"catalog\",\"schemaVersion\",\"assets\"}"})
final class LibraryCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        try (AppServices services = root.openServices()) {
            Library library = services.library();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("path", library.folder().toString());
            result.put("catalog", library.catalog().description());
            result.put("schemaVersion", library.catalog().schemaVersion());
            result.put("assets", library.catalog().countAssets());
            new Output(spec.commandLine().getOut(), global.json()).result(result, String.join(System.lineSeparator(),
                    "library  " + result.get("path"),
                    "catalog  " + result.get("catalog") + " (schema " + result.get("schemaVersion") + ")",
                    "assets   " + result.get("assets")));
        }
        return ExitCode.OK.code();
    }
}
