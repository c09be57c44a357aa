package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.store.AssetRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mediadesk tag add|remove TAG... (--query Q | --id ID...)}: bulk tag edits, all or nothing. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Add or remove tags on many assets at once (one transaction: all or nothing).",
            "JSON: {\"updated\"} - the number of assets whose tags changed."},
        subcommands = {TagCommand.Add.class, TagCommand.Remove.class})
final class TagCommand implements Callable<Integer> {

    @ParentCommand
    MediadeskCommand root;

    /** {@code mediadesk tag} alone: say what is missing, as picocli does for a missing argument. */
    @Override
    public Integer call() {
        throw SearchCommand.usage("tag needs add or remove: mediadesk tag add TAG... (--query Q | --id ID...)");
    }

    /** The shared body of add and remove. */
    abstract static class Edit implements Callable<Integer> {
        @ParentCommand
        TagCommand tag;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "TAG", description = "Tags (no commas or %).")
        List<String> tags;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Targets targets;

        abstract int apply(AssetRepository assets, List<AssetId> ids, List<Tag> tags);

        @Override
        public Integer call() {
            List<Tag> parsed = tags.stream().map(Tag::of).toList();
            targets.parsedQuery();
            targets.parsedIds();
            GlobalOptions global = tag.root.global();
            int updated;
            try (AppServices services = tag.root.openServices()) {
                AssetRepository assets = services.library().assets();
                updated = apply(assets, targets.resolve(assets, AssetQuery.Scope.ACTIVE), parsed);
            }
            new Output(spec.commandLine().getOut(), global.json()).result(Map.of("updated", updated), "updated " + updated);
            return ExitCode.OK.code();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add tags.")
    static final class Add extends Edit {
        @Override
        int apply(AssetRepository assets, List<AssetId> ids, List<Tag> tags) {
            return assets.addTags(ids, tags);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove tags.")
    static final class Remove extends Edit {
        @Override
        int apply(AssetRepository assets, List<AssetId> ids, List<Tag> tags) {
            return assets.removeTags(ids, tags);
        }
    }
}
