package io.mediadesk.sync.side;

import io.mediadesk.library.Library;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.ingest.ContentIntake;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.MissingOriginalException;
import io.mediadesk.sync.SyncException;
import io.mediadesk.sync.run.Content;
import io.mediadesk.sync.run.LocalSide;
import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The library as the sync's local side: assets through the repository (each write one catalog
 * transaction), originals through {@link ContentIntake} over the library's originals
 * (content-addressed, written atomically, hashed again while copied; with a team catalog also in
 * GridFS, so a member uploads an asset another member imported). An asset's custom metadata must
 * use fields the library defines.
 */
public final class LibraryLocalSide implements LocalSide, AutoCloseable {
    private final AssetRepository assets;
    private final ContentIntake intake;
    private final Clock clock;

    public LibraryLocalSide(Library library, Clock clock) {
        this.assets = library.assets();
        this.intake = new ContentIntake(library.originals());
        this.clock = clock;
    }

    /** One keyset walk over the catalog (it paged {@code search} by offset before: 3.1 s for 100,000 assets). */
    @Override
    public LocalSnapshot snapshot() {
        List<LocalFile> files = new ArrayList<>();
        assets.forEachAsset(a -> files.add(file(a)));
        return LocalSnapshot.of(files);
    }

    static LocalFile file(Asset a) {
        Attributes attributes = Attributes.of(a.tags().stream().map(Tag::value).toList(), MetadataValues.text(a.customMetadata()),
                a.customCoordinates());
        return new LocalFile(a.id().value(), a.filePath(), a.contentHash(), a.size(), attributes, a.trashed());
    }

    @Override
    public Optional<LocalFile> find(String id) {
        return assets.find(AssetId.of(id)).map(LibraryLocalSide::file);
    }

    @Override
    public Content content(String id) {
        Asset a = assets.find(AssetId.of(id)).orElseThrow(() -> new SyncException("there is no asset " + id));
        try {
            return new FileContent(intake.original(a), a.contentHash(), a.size(), false);
        } catch (IOException e) {
            throw new SyncException(e instanceof MissingOriginalException ? e.getMessage()
                    : "cannot read the original of " + a.filePath() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void create(String id, String path, Content content, Attributes attributes) {
        Paths p = Paths.of(path);
        Asset taken = take(content, AssetId.of(id), p);
        assets.add(withAttributes(taken, attributes), Map.of());
    }

    @Override
    public void replaceContent(String id, Content content) {
        Asset now = assets.find(AssetId.of(id)).orElseThrow(() -> new SyncException("there is no asset " + id));
        assets.replaceContent(now.id(), take(content, now.id(), new Paths(now.folder(), now.name())));
    }

    private Asset take(Content content, AssetId id, Paths p) {
        if (!(content instanceof FileContent file)) throw new IllegalArgumentException("the library takes content from files");
        try {
            return intake.take(file.path(), file.hash(), id, p.folder(), p.name(), clock.instant());
        } catch (IOException e) {
            throw new SyncException("cannot store " + p.folder() + p.name() + ": " + e.getMessage(), e);
        }
    }

    private Asset withAttributes(Asset a, Attributes attributes) {
        Asset tagged = a.withTags(attributes.tags().stream().map(Tag::of).toList())
                .withCustomMetadata(MetadataValues.typed(attributes.metadata(), assets.schema()));
        return new Asset(tagged.id(), tagged.folder(), tagged.name(), tagged.contentHash(), tagged.size(), tagged.width(),
                tagged.height(), tagged.format(), tagged.hasAlpha(), tagged.orientation(), tagged.perceptualHash(), tagged.tags(),
                tagged.customMetadata(), attributes.coordinates(), tagged.embedded(), tagged.createdAt(), tagged.updatedAt(), false,
                tagged.remoteId(), tagged.syncState());
    }

    @Override
    public void move(String id, String path) {
        Paths p = Paths.of(path);
        assets.move(AssetId.of(id), p.folder(), p.name());
    }

    @Override
    public void setAttributes(String id, Attributes to) {
        AssetId asset = AssetId.of(id);
        LocalFile now = find(id).orElseThrow(() -> new SyncException("there is no asset " + id));
        TreeSet<String> added = new TreeSet<>(to.tags());
        added.removeAll(now.attributes().tags());
        TreeSet<String> removed = new TreeSet<>(now.attributes().tags());
        removed.removeAll(to.tags());
        if (!added.isEmpty()) assets.addTags(List.of(asset), added.stream().map(Tag::of).toList());
        if (!removed.isEmpty()) assets.removeTags(List.of(asset), removed.stream().map(Tag::of).toList());
        if (!to.metadata().equals(now.attributes().metadata())) {
            assets.setCustomMetadata(asset, MetadataValues.typed(to.metadata(), assets.schema()));
        }
        if (!to.coordinates().equals(now.attributes().coordinates())) assets.setCustomCoordinates(asset, to.coordinates());
    }

    @Override
    public void trash(String id) {
        assets.trash(List.of(AssetId.of(id)));
    }

    @Override
    public void restore(String id) {
        assets.restore(List.of(AssetId.of(id)));
    }

    @Override
    public void keep(Content content) {
        if (!(content instanceof FileContent file)) throw new IllegalArgumentException("the library takes content from files");
        try {
            intake.keep(file.path(), file.hash());
        } catch (IOException e) {
            throw new SyncException("cannot keep an old version: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean holds(String hash) {
        try {
            return !assets.findByContentHash(hash).isEmpty() || intake.holds(hash);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        intake.close();
    }
}
