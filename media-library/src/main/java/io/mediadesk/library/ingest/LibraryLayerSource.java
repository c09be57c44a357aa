package io.mediadesk.library.ingest;

import io.mediadesk.engine.render.LayerSource;
import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Field;
import io.mediadesk.library.query.Operand;
import io.mediadesk.library.query.Operator;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.store.AssetRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The engine's {@link LayerSource} over the library: {@code l-image,i-brand@@logo.png} finds the
 * asset named {@code logo.png} in the folder {@code /brand/} (not in the trash) and hands the
 * engine its original. A path the library has no asset at, or whose original is missing from
 * the disk, is empty, and the engine refuses the layer by name.
 */
public final class LibraryLayerSource implements LayerSource {
    private final AssetRepository repository;
    private final OriginalStore originals;

    public LibraryLayerSource(AssetRepository repository, OriginalStore originals) {
        this.repository = repository;
        this.originals = originals;
    }

    @Override
    public Optional<Path> find(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (name.isEmpty()) return Optional.empty();
        FolderPath folder;
        try {
            folder = FolderPath.parse("/" + path.substring(0, slash + 1));
        } catch (InvalidValueException | IllegalArgumentException e) {
            return Optional.empty(); // not a path the library could hold
        }
        Query at = new Query.And(List.of(
                new Query.Clause(Field.of(Field.Kind.PATH), Operator.EQ, List.of(Operand.text(folder.value()))),
                new Query.Clause(Field.of(Field.Kind.NAME), Operator.EQ, List.of(Operand.text(name)))));
        return repository.search(AssetQuery.of(at).page(0, 1)).items().stream().findFirst()
                .map(this::original).filter(Files::isRegularFile);
    }

    private Path original(Asset asset) {
        return originals.pathFor(asset.contentHash(), asset.format());
    }
}
