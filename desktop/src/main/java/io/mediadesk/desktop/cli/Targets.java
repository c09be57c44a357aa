package io.mediadesk.desktop.cli;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.library.store.AssetRepository;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The assets a bulk command acts on: {@code --query Q} or {@code --id ID...}, exactly one. Ids that
 * name no asset refuse the whole command (exit 2) before anything changes, because a typo in an id
 * list should not half-apply.
 */
final class Targets {
    @Option(names = "--query", paramLabel = "Q", description = "The assets a search query finds.")
    String query;

    @Option(names = "--id", paramLabel = "ID", arity = "1..*", description = "Asset ids.")
    List<String> ids;

    /** Parses the query or the ids; call before opening the library so usage errors cost nothing. */
    Query parsedQuery() {
        return query == null ? null : QueryParser.withSystemClock().parse(query);
    }

    List<AssetId> parsedIds() {
        List<AssetId> out = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                out.add(AssetId.of(id.strip()));
            } catch (InvalidValueException e) {
                throw SearchCommand.usage(e.getMessage());
            }
        }
        return out;
    }

    List<AssetId> resolve(AssetRepository assets, AssetQuery.Scope scope) {
        Query q = parsedQuery();
        if (q != null) return assets.ids(q, scope);
        List<AssetId> wanted = parsedIds();
        List<AssetId> missing = assets.missing(wanted);
        if (!missing.isEmpty()) {
            throw SearchCommand.usage("no asset has the id " + String.join(", ", missing.stream().map(AssetId::value).toList())
                    + "; nothing was changed");
        }
        return wanted;
    }
}
