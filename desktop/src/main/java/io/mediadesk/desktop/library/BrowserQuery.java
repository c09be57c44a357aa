package io.mediadesk.desktop.library;

import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.QueryParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the grid shows, as one filter: the typed searchQuery (parsed alone, so an error's position
 * is a position in what the user typed), AND the folder subtree, AND the quick filters.
 */
final class BrowserQuery {
    private final QueryParser parser = QueryParser.withSystemClock();

    /** @throws io.mediadesk.library.query.QuerySyntaxException for the typed text only */
    Query filter(String typed, FolderPath folder, List<Optional<String>> quickFilters) {
        List<Query> parts = new ArrayList<>();
        Query text = parser.parse(typed);
        if (!(text instanceof Query.All)) parts.add(text);
        if (folder != null && !folder.isRoot()) parts.add(parser.parse(subtree(folder)));
        quickFilters.forEach(clause -> clause.ifPresent(c -> parts.add(parser.parse(c))));
        if (parts.isEmpty()) return Query.ALL;
        return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
    }

    /** The folder and everything below it, as the service's {@code path :} prefix test. */
    Query folder(FolderPath folder) {
        return folder.isRoot() ? Query.ALL : parser.parse(subtree(folder));
    }

    private static String subtree(FolderPath folder) {
        return "path : \"" + folder.value() + "\"";
    }
}
