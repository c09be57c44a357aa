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
import io.mediadesk.library.store.Originals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link LayerSource} over the library: {@code l-image,i-brand@@logo.png} finds the
 * asset named {@code logo.png} in the folder {@code /brand/} (not in the trash) and hands the
 * engine its original (a team catalog's fetched from GridFS first: the engine asks on a render
 * thread). A path the library has no asset at, or whose original no store holds, is empty (the
 * reason logged), and the engine refuses the layer by name.
 */
public final class LibraryLayerSource implements LayerSource {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryLayerSource.class);

    private final AssetRepository repository;
    private final Originals originals;

    public LibraryLayerSource(AssetRepository repository, Originals originals) {
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
                .flatMap(this::original);
    }

    private Optional<Path> original(Asset asset) {
        try {
            return Optional.of(originals.open(asset));
        } catch (IOException | RuntimeException e) {
            LOG.warn("layer {}: {}", asset.filePath(), e.getMessage());
            return Optional.empty();
        }
    }
}
