package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.store.AssetRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The shared body of {@code rate} and {@code label}: check the value before the library opens
 * (a usage error costs nothing), resolve the targets (unknown ids refuse the whole command), apply
 * in one edit and print {@code {"updated": n}} like {@code tag}.
 */
abstract class MarkCommand implements Callable<Integer> {
    @ParentCommand
    MediadeskCommand root;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Targets targets;

    /** Checks the value; throws a usage error when it is wrong. */
    abstract void check();

    abstract int apply(AssetRepository assets, List<AssetId> ids);

    @Override
    public Integer call() {
        check();
        targets.parsedQuery();
        targets.parsedIds();
        GlobalOptions global = root.global();
        int updated;
        try (AppServices services = root.openServices()) {
            AssetRepository assets = services.library().assets();
            updated = apply(assets, targets.resolve(assets, AssetQuery.Scope.ACTIVE));
        }
        new Output(spec.commandLine().getOut(), global.json()).result(Map.of("updated", updated), "updated " + updated);
        return ExitCode.OK.code();
    }
}
