package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.FolderRules;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.FolderMove;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk folder create|rename|move|delete}: the library's folder tree. Paths follow the
 * service's rules ({@code /a/b/}, {@code a/b} too; letters, digits, {@code _}, {@code -}); a rule
 * broken (a taken path, a move into its own subtree, a folder that is not empty) is exit 2 and
 * changes nothing.
 */
@Command(name = "folder", mixinStandardHelpOptions = true,
        description = {"Create, rename, move or delete library folders; assets below follow a move, and a recursive "
                + "delete moves them to the trash. Every change is audited.",
            "JSON: create {\"folder\"}; rename, move {\"from\",\"to\",\"folders\",\"assets\"}; delete {\"deleted\",\"trashed\"}"},
        subcommands = {FolderCommand.Create.class, FolderCommand.Rename.class, FolderCommand.Move.class, FolderCommand.Delete.class})
final class FolderCommand implements Callable<Integer> {

    @ParentCommand
    MediadeskCommand root;

    @Override
    public Integer call() {
        throw SearchCommand.usage("folder needs create, rename, move or delete: mediadesk folder create /a/b/");
    }

    /** The shared body: open the library, do one edit, print its result. */
    abstract static class Edit implements Callable<Integer> {
        @ParentCommand
        FolderCommand folder;

        @Spec
        CommandSpec spec;

        /** Checks the arguments before the library opens; returns the edit. */
        abstract Function<AssetRepository, Map<String, Object>> plan();

        abstract String text(Map<String, Object> result);

        @Override
        public Integer call() {
            Function<AssetRepository, Map<String, Object>> edit = plan();
            GlobalOptions global = folder.root.global();
            Map<String, Object> result;
            try (AppServices services = folder.root.openServices()) {
                result = edit.apply(services.library().assets());
            }
            new Output(spec.commandLine().getOut(), global.json()).result(result, text(result));
            return ExitCode.OK.code();
        }
    }

    static Map<String, Object> moved(FolderMove m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", m.from().value());
        out.put("to", m.to().value());
        out.put("folders", m.folders());
        out.put("assets", m.assets());
        return out;
    }

    static String movedText(Map<String, Object> r) {
        return "moved " + r.get("from") + " to " + r.get("to") + " (" + r.get("folders") + " folders, " + r.get("assets") + " assets)";
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a folder and any missing parent.")
    static final class Create extends Edit {
        @Parameters(index = "0", paramLabel = "FOLDER")
        String path;

        @Override
        Function<AssetRepository, Map<String, Object>> plan() {
            FolderPath p = FolderPath.parse(path);
            return assets -> {
                Folder f = assets.createFolder(p);
                return Map.of("folder", f.path().value());
            };
        }

        @Override
        String text(Map<String, Object> r) {
            return "created " + r.get("folder");
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Give a folder a new name in the same parent.")
    static final class Rename extends Edit {
        @Parameters(index = "0", paramLabel = "FOLDER")
        String path;

        @Parameters(index = "1", paramLabel = "NAME", description = "The new last segment.")
        String name;

        @Override
        Function<AssetRepository, Map<String, Object>> plan() {
            FolderPath from = FolderPath.parse(path);
            FolderPath to = FolderRules.renamed(from, name);
            return assets -> moved(assets.moveFolder(from, to));
        }

        @Override
        String text(Map<String, Object> r) {
            return movedText(r);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a folder (with everything below it) into another.")
    static final class Move extends Edit {
        @Parameters(index = "0", paramLabel = "FOLDER")
        String path;

        @Parameters(index = "1", paramLabel = "INTO", description = "The new parent (/ for the top).")
        String into;

        @Override
        Function<AssetRepository, Map<String, Object>> plan() {
            FolderPath from = FolderPath.parse(path);
            FolderRules.notRoot(from, "move");
            FolderPath to = FolderPath.parse(into).child(from.name());
            FolderRules.checkMove(from, to);
            return assets -> moved(assets.moveFolder(from, to));
        }

        @Override
        String text(Map<String, Object> r) {
            return movedText(r);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an empty folder; with --recursive, move every asset below it to the trash first.")
    static final class Delete extends Edit {
        @Parameters(index = "0", paramLabel = "FOLDER")
        String path;

        @Option(names = "--recursive", description = "Also delete subfolders, moving their assets to the trash.")
        boolean recursive;

        @Override
        Function<AssetRepository, Map<String, Object>> plan() {
            FolderPath p = FolderPath.parse(path);
            return assets -> {
                int trashed = assets.deleteFolder(p, recursive);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("deleted", p.value());
                out.put("trashed", trashed);
                return out;
            };
        }

        @Override
        String text(Map<String, Object> r) {
            return "deleted " + r.get("deleted") + " (" + r.get("trashed") + " assets to the trash)";
        }
    }
}
