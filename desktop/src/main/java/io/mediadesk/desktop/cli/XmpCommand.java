package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.xmp.XmpSidecars;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk xmp export (--query Q | --id ID...) --to DIR} and {@code mediadesk xmp import DIR}:
 * keywords, rating and label to and from standard XMP sidecars ({@code DIR/<folder>/<name>.xmp}).
 */
@Command(name = "xmp", mixinStandardHelpOptions = true,
        description = {"Write assets' keywords (tags), rating and colour label to XMP sidecars, or read them back, so other photo "
                + "tools see them. Sidecars are DIR/<library folder>/<file name>.xmp (beach.jpg.xmp).",
            "JSON: {\"count\",\"items\":[{\"sidecar\",\"id\",\"status\",\"detail\"}]}; status written|failed (export), "
                + "imported|unchanged|unmatched|failed (import)"},
        subcommands = {XmpCommand.Export.class, XmpCommand.Import.class})
final class XmpCommand implements Callable<Integer> {

    @ParentCommand
    MediadeskCommand root;

    @Override
    public Integer call() {
        throw SearchCommand.usage("xmp needs export or import: mediadesk xmp export --query Q --to DIR");
    }

    static int print(CommandSpec spec, GlobalOptions global, List<XmpSidecars.Item> items, String goodStatus) {
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int good = 0;
        for (XmpSidecars.Item i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sidecar", i.sidecar().toString());
            m.put("id", i.asset().map(a -> a.value()).orElse(null));
            m.put("status", i.status());
            m.put("detail", i.detail());
            rows.add(m);
            if (i.status().equals(goodStatus)) good++;
            text.append(String.format("%-9s %s  %s%n", i.status(), i.sidecar(), i.detail()));
        }
        text.append(goodStatus).append(' ').append(good).append(" of ").append(items.size());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", good);
        result.put("items", rows);
        new Output(spec.commandLine().getOut(), global.json()).result(result, text.toString());
        return items.stream().anyMatch(i -> i.status().equals("failed")) && good == 0 && !items.isEmpty()
                ? ExitCode.INPUT_REJECTED.code() : ExitCode.OK.code();
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a sidecar per asset under DIR.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        XmpCommand xmp;

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Targets targets;

        @Option(names = "--to", paramLabel = "DIR", required = true, description = "Where the sidecars go (next to exported originals).")
        Path dir;

        @Override
        public Integer call() {
            targets.parsedQuery();
            targets.parsedIds();
            GlobalOptions global = xmp.root.global();
            List<XmpSidecars.Item> items;
            try (AppServices services = xmp.root.openServices()) {
                AssetRepository assets = services.library().assets();
                items = XmpSidecars.export(assets, targets.resolve(assets, AssetQuery.Scope.ACTIVE), dir);
            }
            return print(spec, global, items, "written");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read every *.xmp under DIR; match by library path, else by a file name only one asset has.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        XmpCommand xmp;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) throw SearchCommand.usage("not a folder: " + dir);
            GlobalOptions global = xmp.root.global();
            List<XmpSidecars.Item> items;
            try (AppServices services = xmp.root.openServices()) {
                items = XmpSidecars.importFrom(services.library().assets(), dir);
            }
            return print(spec, global, items, "imported");
        }
    }
}
