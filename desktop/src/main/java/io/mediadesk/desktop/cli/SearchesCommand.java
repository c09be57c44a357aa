package io.mediadesk.desktop.cli;

import io.mediadesk.desktop.AppServices;
import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.preset.SavedSearch;
import io.mediadesk.library.preset.SavedSearches;
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

/** {@code mediadesk searches list | save NAME QUERY | delete NAME | run NAME}: saved searches (smart collections). */
@Command(name = "searches", mixinStandardHelpOptions = true,
        description = {"Saved searches (smart collections): a name, a searchQuery and a sort key, run again whenever asked.",
            "A malformed query is refused when saved (exit 2, naming the position); an unknown name is exit 2."},
        subcommands = {SearchesCommand.ListSearches.class, SearchesCommand.Save.class, SearchesCommand.Delete.class,
            SearchesCommand.Run.class})
final class SearchesCommand implements Callable<Integer> {

    @ParentCommand
    MediadeskCommand root;

    @Override
    public Integer call() {
        throw SearchCommand.usage("searches needs a subcommand: list, save NAME QUERY, delete NAME, run NAME");
    }

    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        SearchesCommand searches;

        @Spec
        CommandSpec spec;

        abstract Object[] run(SavedSearches searches, Library library);

        @Override
        public Integer call() {
            GlobalOptions global = searches.root.global();
            Object[] result;
            try (AppServices services = searches.root.openServices()) {
                Library library = services.library();
                result = run(new SavedSearches(library.catalog().savedSearches(), QueryParser.withSystemClock()), library);
            }
            new Output(spec.commandLine().getOut(), global.json()).result(result[0], (String) result[1]);
            return ExitCode.OK.code();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "JSON: {\"items\":[{\"name\",\"query\",\"sort\",\"version\"}]}")
    static final class ListSearches extends Sub {
        @Override
        Object[] run(SavedSearches searches, Library library) {
            List<SavedSearch> list = searches.list();
            String text = list.isEmpty() ? "no saved searches" : list.stream().map(s -> s.name() + "  " + s.query() + "  " + s.sort())
                    .collect(Collectors.joining(System.lineSeparator()));
            return new Object[] {Map.of("items", list.stream().map(SearchesCommand::describe).toList()), text};
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true, description = "Create or replace a saved search. JSON: {\"name\",\"query\",\"sort\",\"version\"}")
    static final class Save extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "QUERY", description = "A searchQuery, e.g. 'tags IN [\"summer\"]' (empty: everything).")
        String query;

        @Option(names = "--sort", paramLabel = "KEY", defaultValue = "ASC_CREATED", description = "Sort key (default: ${DEFAULT-VALUE}).")
        String sort;

        @Override
        Object[] run(SavedSearches searches, Library library) {
            SortKey key;
            try {
                key = SortKey.parse(sort);
            } catch (IllegalArgumentException e) {
                throw SearchCommand.usage(e.getMessage());
            }
            SavedSearch s = searches.save(name, query, key);
            return new Object[] {describe(s), "saved " + s.name() + " (version " + s.version() + ")"};
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "JSON: {\"deleted\": true|false}")
    static final class Delete extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        Object[] run(SavedSearches searches, Library library) {
            searches.get(name);
            boolean deleted = searches.delete(name);
            return new Object[] {Map.of("deleted", deleted), "deleted " + name};
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run a saved search. JSON as search: {\"items\":[{\"id\",\"path\",\"name\",\"tags\",\"width\",\"height\"}]}")
    static final class Run extends Sub {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N results, 1-1000.")
        int limit;

        @Option(names = "--skip", paramLabel = "N", defaultValue = "0", description = "Skip the first N results.")
        int skip;

        @Override
        Object[] run(SavedSearches searches, Library library) {
            if (limit < 1 || limit > AssetQuery.MAX_PAGE) throw SearchCommand.usage("--limit must be 1-" + AssetQuery.MAX_PAGE + ", was " + limit);
            if (skip < 0) throw SearchCommand.usage("--skip must be 0 or more, was " + skip);
            Page<Asset> page = searches.run(name, library.assets(), skip, limit);
            String text = page.items().isEmpty() ? "no assets match"
                    : page.items().stream().map(a -> a.id() + "  " + a.filePath()).collect(Collectors.joining(System.lineSeparator()));
            return new Object[] {Map.of("items", page.items().stream().map(SearchCommand::item).toList()), text};
        }
    }

    static Map<String, Object> describe(SavedSearch s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("query", s.query());
        m.put("sort", s.sort().name());
        m.put("version", s.version());
        return m;
    }
}
