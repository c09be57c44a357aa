package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.ingest.Cancellation;
import io.mediadesk.library.ingest.ImportItem;
import io.mediadesk.library.ingest.ImportOptions;
import io.mediadesk.library.ingest.ImportProgress;
import io.mediadesk.library.ingest.ImportReport;
import io.mediadesk.library.ingest.Importer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk import PATH...}: files and folders (recursively, structure kept) into the
 * library. A file that fails is recorded in {@code items} and the rest go on; the exit code is 4
 * only when inputs were given and every one of them failed, so a script can tell "nothing worked"
 * from "some files were bad".
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import image files and folders (recursively, keeping the folder structure) into the library.",
            "Exact duplicates are reported, not copied twice; files that are not images are recorded with the reason.",
            "JSON: {\"imported\",\"duplicates\",\"failed\",\"items\":[{\"input\",\"status\",\"id\",\"path\",\"reason\",\"error\",\"similarTo\"}]}"})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Image files or folders.")
    private List<Path> inputs;

    @Option(names = "--to", paramLabel = "FOLDER", defaultValue = "/", description = "Library folder to import into (default: /).")
    private String target;

    @Option(names = "--no-thumbnails", description = "Do not make thumbnails now.")
    private boolean noThumbnails;

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        ImportOptions options = ImportOptions.DEFAULT.withTarget(FolderPath.parse(target)).withThumbnails(!noThumbnails);
        ImportReport report;
        try (AppServices services = root.openServices();
                Importer importer = importer(services.library())) {
            report = importer.run(inputs, options, progress(root.stderr()), new Cancellation());
        }
        long imported = report.count(ImportItem.Status.IMPORTED);
        long duplicates = report.count(ImportItem.Status.DUPLICATE);
        long failed = report.count(ImportItem.Status.FAILED);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("imported", imported);
        json.put("duplicates", duplicates);
        json.put("failed", failed);
        json.put("items", report.items().stream().map(ImportCommand::item).toList());
        new Output(spec.commandLine().getOut(), global.json()).result(json,
                String.format(Locale.ROOT, "imported %d, duplicates %d, failed %d", imported, duplicates, failed));
        boolean nothingWorked = failed > 0 && imported + duplicates == 0;
        return nothingWorked ? ExitCode.INPUT_REJECTED.code() : ExitCode.OK.code();
    }

    private static Importer importer(Library library) {
        return new Importer(library, Clock.systemUTC());
    }

    private static ImportProgress progress(PrintStream err) {
        return new ImportProgress() {
            @Override
            public void finished(ImportItem item, int done, int total) {
                String what = switch (item.status()) {
                    case IMPORTED -> "imported as " + item.path().orElse("");
                    case DUPLICATE -> "duplicate of " + item.path().orElse("");
                    case FAILED -> "failed: " + item.error().orElse("");
                };
                err.printf("[%d/%d] %s: %s%n", done, total, item.input(), what);
            }
        };
    }

    private static Map<String, Object> item(ImportItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", i.input().toString());
        m.put("status", i.status().name().toLowerCase(Locale.ROOT));
        i.id().ifPresent(id -> m.put("id", id.value()));
        i.path().ifPresent(p -> m.put("path", p));
        i.reason().ifPresent(r -> m.put("reason", r));
        i.error().ifPresent(e -> m.put("error", e));
        if (!i.similar().isEmpty()) m.put("similarTo", i.similar().keySet().stream().map(Object::toString).sorted().toList());
        if (!i.warnings().isEmpty()) m.put("warnings", i.warnings());
        return m;
    }
}
