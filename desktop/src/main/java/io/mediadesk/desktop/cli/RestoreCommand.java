package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.store.AssetRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mediadesk restore --id ID...}: back from the trash ({@code search --trash} lists it). */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Bring assets back from the library's trash ('search --trash' lists what is there).",
            "JSON: {\"restored\"} - the number of assets that were in the trash."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--id", paramLabel = "ID", arity = "1..*", required = true, description = "Asset ids.")
    private List<String> ids;

    @Override
    public Integer call() {
        Targets targets = new Targets();
        targets.ids = ids;
        List<AssetId> parsed = targets.parsedIds();
        GlobalOptions global = root.global();
        int restored;
        try (AppServices services = root.openServices()) {
            AssetRepository assets = services.library().assets();
            restored = assets.restore(targets.resolve(assets, AssetQuery.Scope.TRASHED));
        }
        new Output(spec.commandLine().getOut(), global.json()).result(Map.of("restored", restored),
                "restored " + restored + " of " + parsed.size());
        return ExitCode.OK.code();
    }
}
