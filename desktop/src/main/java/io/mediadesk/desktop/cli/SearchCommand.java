package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.query.SortKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mediadesk search QUERY}: the service's searchQuery language over the local library. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the library with the hosted service's searchQuery language, e.g.",
            "  'tags IN [\"summer\"] AND size > \"1mb\"'   '\"customMetadata.brand\" = \"Acme\"'   'path : \"/sales/\"'",
            "An empty QUERY lists everything. A malformed query is a usage error naming the position.",
            "JSON: {\"items\":[{\"id\",\"path\",\"name\",\"tags\",\"width\",\"height\",\"rating\",\"label\"}]}"})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", defaultValue = "", description = "The search query.")
    private String query;

    @Option(names = "--sort", paramLabel = "KEY", defaultValue = "ASC_CREATED",
            description = "ASC_/DESC_ + CREATED, UPDATED, NAME, SIZE, WIDTH or HEIGHT (default: ${DEFAULT-VALUE}).")
    private String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N results, 1-1000 (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--skip", paramLabel = "N", defaultValue = "0", description = "Skip the first N results.")
    private int skip;

    @Option(names = "--trash", description = "Search the trash instead of the library.")
    private boolean trash;

    @Override
    public Integer call() {
        AssetQuery q = assetQuery();
        GlobalOptions global = root.global();
        Page<Asset> page;
        try (AppServices services = root.openServices()) {
            page = services.library().assets().search(q);
        }
        List<Map<String, Object>> items = page.items().stream().map(SearchCommand::item).toList();
        String text = page.items().stream().map(a -> a.id() + "  " + a.filePath() + "  " + a.width() + "x" + a.height()
                + (a.tags().isEmpty() ? "" : "  [" + a.tags().stream().map(Tag::value).collect(Collectors.joining(", ")) + "]"))
                .collect(Collectors.joining(System.lineSeparator()));
        new Output(spec.commandLine().getOut(), global.json()).result(Map.of("items", items),
                page.items().isEmpty() ? "no assets match" : text);
        return ExitCode.OK.code();
    }

    /** Everything that can be wrong with the arguments is found before the library is opened. */
    private AssetQuery assetQuery() {
        if (limit < 1 || limit > AssetQuery.MAX_PAGE) throw usage("--limit must be 1-" + AssetQuery.MAX_PAGE + ", was " + limit);
        if (skip < 0) throw usage("--skip must be 0 or more, was " + skip);
        SortKey key;
        try {
            key = SortKey.parse(sort);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return new AssetQuery(QueryParser.withSystemClock().parse(query), key, skip, limit,
                trash ? AssetQuery.Scope.TRASHED : AssetQuery.Scope.ACTIVE);
    }

    static CommandFailure usage(String message) {
        return new CommandFailure(ExitCode.USAGE, message, null);
    }

    static Map<String, Object> item(Asset a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id().value());
        m.put("path", a.filePath());
        m.put("name", a.name());
        m.put("tags", a.tags().stream().map(Tag::value).toList());
        m.put("width", a.width());
        m.put("height", a.height());
        m.put("rating", a.rating());
        m.put("label", a.label().wireName());
        return m;
    }
}
