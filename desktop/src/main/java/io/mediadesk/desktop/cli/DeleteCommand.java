package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.store.AssetRepository;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mediadesk delete (--query Q | --id ID...)}: to the library's trash, kept until emptied. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Move assets to the library's trash (nothing is erased; 'restore' brings them back).",
            "JSON: {\"deleted\"} - the number of assets moved to the trash."})
final class DeleteCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Targets targets;

    @Override
    public Integer call() {
        targets.parsedQuery();
        targets.parsedIds();
        GlobalOptions global = root.global();
        int deleted;
        try (AppServices services = root.openServices()) {
            AssetRepository assets = services.library().assets();
            deleted = assets.trash(targets.resolve(assets, AssetQuery.Scope.ACTIVE));
        }
        new Output(spec.commandLine().getOut(), global.json()).result(Map.of("deleted", deleted),
                "moved " + deleted + " to the trash");
        return ExitCode.OK.code();
    }
}
