package io.mediadesk.desktop.cli;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.preset.Presets;
import io.mediadesk.library.preset.UnknownNameException;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.QueryParser;
import io.mediadesk.sync.purge.PurgePlanner;
import io.mediadesk.sync.url.TransformationPosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code purge --folder/--asset/--preset} means in URLs: the library is read (and held) only
 * for the planning, and the planner applies the service's wildcard rules to what comes out.
 */
final class LibraryPurgeTargets {
    private final Path folder;
    private final Optional<String> catalogUri;
    private final io.mediadesk.library.store.MigrationListener upgrades;

    LibraryPurgeTargets(Path folder, Optional<String> catalogUri, io.mediadesk.library.store.MigrationListener upgrades) {
        this.folder = folder;
        this.catalogUri = catalogUri;
        this.upgrades = upgrades;
    }

    void addTo(PurgePlanner planner, List<String> folders, List<String> assetIds, String preset, String query) {
        try (Library library = Library.open(folder, catalogUri, upgrades)) {
            for (String f : folders) {
                FolderPath path = FolderPath.parse(f);
                planner.folder(path.value(), paths(library, QueryParser.withSystemClock().parse("path : \"" + path.value() + "\"")));
            }
            for (String id : assetIds) {
                Asset asset = library.assets().find(AssetId.of(id))
                        .orElseThrow(() -> new UnknownNameException("no asset has the id " + id));
                planner.asset(asset.filePath());
            }
            if (preset != null) {
                new Presets(library.catalog().presets()).get(preset); // an unknown name is a usage error
                Query filter = query == null ? Query.ALL : QueryParser.withSystemClock().parse(query);
                planner.preset("n-" + preset, paths(library, filter), TransformationPosition.PATH, TransformationPosition.QUERY);
            }
        }
    }

    private static List<String> paths(Library library, Query filter) {
        List<String> out = new ArrayList<>();
        for (int skip = 0; ; skip += AssetQuery.MAX_PAGE) {
            var page = library.assets().search(AssetQuery.of(filter).page(skip, AssetQuery.MAX_PAGE));
            page.items().forEach(a -> out.add(a.filePath()));
            if (!page.more()) return out;
        }
    }
}
