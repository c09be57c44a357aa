package io.mediadesk.library.store;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.event.ChangeListener;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The port to a library's records: records in, records out, a {@link Query} tree rather than SQL.
 * Every method that changes something is one transaction in the store: it happens entirely or not
 * at all, writes an {@link AuditEntry} per asset in the same transaction, and tells the
 * {@link ChangeListener}s after the commit. Store failures arrive as
 * {@link io.mediadesk.library.LibraryException}s, translated once by the adapter.
 *
 * <p>Implemented by {@code store.sqlite.SqliteAssetRepository} and
 * {@code store.mongo.MongoAssetRepository}; both pass the same contract and differential tests.
 * MongoDB has no multi-document transaction here: there a bulk edit is atomic per asset, checked
 * whole before the first write (see {@code store.mongo.VersionedEdits}), and may end in a
 * {@link ConcurrentChangeException} that the caller can retry.
 */
public interface AssetRepository {

    /**
     * Adds one asset with its folders, tags, metadata and the near-duplicates found for it.
     * Custom metadata is checked and completed against {@link #schema()}.
     *
     * @throws PathTakenException when its folder already holds an asset of that name (trash included)
     */
    Asset add(Asset asset, Map<AssetId, Integer> similar);

    /** Adds many in one transaction: for seeding, benchmarks and sync batches. */
    void addAll(Collection<Asset> assets);

    Optional<Asset> find(AssetId id);

    /** Assets whose original has these bytes, trashed ones included. */
    List<Asset> findByContentHash(String sha256);

    /** Whether {@code folder} holds an asset called {@code name}, in the trash or not. */
    boolean pathTaken(FolderPath folder, String name);

    Page<Asset> search(AssetQuery query);

    /**
     * Hands every asset, trashed ones included, to {@code action} in id order, reading the store in
     * batches by key (never by offset): whole-library readers such as the sync's snapshot use it.
     * {@code action} runs outside any store transaction. An asset added or removed meanwhile may or
     * may not be seen; none is seen twice.
     */
    void forEachAsset(Consumer<Asset> action);

    /** Every id the filter matches in {@code scope}, in creation order: the target of a bulk edit. */
    List<AssetId> ids(Query filter, AssetQuery.Scope scope);

    /**
     * How many assets the filter matches in {@code scope}: what {@code ids(filter, scope).size()}
     * says, without reading an id (the window counts every search and every folder it shows).
     */
    default int count(Query filter, AssetQuery.Scope scope) {
        return ids(filter, scope).size();
    }

    /** The ids among {@code ids} that name no asset at all. */
    List<AssetId> missing(Collection<AssetId> ids);

    /** @return how many assets gained a tag */
    int addTags(Collection<AssetId> ids, Collection<Tag> tags);

    /** @return how many assets lost a tag */
    int removeTags(Collection<AssetId> ids, Collection<Tag> tags);

    /** Replaces an asset's custom metadata after checking it against the schema. */
    Asset setCustomMetadata(AssetId id, Map<String, MetaValue> values);

    /** Moves assets to the trash. @return how many were not there already */
    int trash(Collection<AssetId> ids);

    /** Brings assets back from the trash. @return how many were in it */
    int restore(Collection<AssetId> ids);

    /**
     * Moves or renames an asset. The three edits below arrived with two-way sync; they are defaults
     * that refuse so a store adapter written before them still compiles, and says what it lacks.
     *
     * @throws PathTakenException when the folder already holds an asset of that name (trash included)
     */
    default Asset move(AssetId id, FolderPath folder, String name) {
        throw new io.mediadesk.library.LibraryException("this store cannot move assets yet");
    }

    /** Sets or clears the service's {@code x,y,width,height} focus box. */
    default Asset setCustomCoordinates(AssetId id, Optional<String> coordinates) {
        throw new io.mediadesk.library.LibraryException("this store cannot set custom coordinates yet");
    }

    /**
     * Gives an asset new content (a new version from the service): hash, size, pixel size, format,
     * alpha, orientation, perceptual hash and embedded metadata come from {@code content}; id, path,
     * tags and custom metadata stay. The old content is kept as a version ({@link #versions}).
     */
    default Asset replaceContent(AssetId id, Asset content) {
        throw new io.mediadesk.library.LibraryException("this store cannot replace content yet");
    }

    /*
     * Versions (schema 5): replaceContent above keeps the old content as a version, in the same
     * transaction (SQLite) or the same version-checked single-document update (MongoDB), audited as
     * content.replace. The original of every version stays in the content-addressed folder.
     */

    /**
     * An asset's versions, newest (its current content) first: at least one, see
     * {@link io.mediadesk.library.asset.AssetVersion}. A default that refuses, so an adapter written
     * before versions still compiles.
     *
     * @throws io.mediadesk.library.LibraryException when there is no such asset
     */
    default List<io.mediadesk.library.asset.AssetVersion> versions(AssetId id) {
        throw new io.mediadesk.library.LibraryException("this store cannot list versions yet");
    }

    /**
     * Makes version {@code number} current again by adding it as a new version (history is never
     * rewritten); audited as {@code version.restore}.
     *
     * @throws io.mediadesk.library.InvalidValueException ({@code version}, rule {@code missing} or
     *         {@code current}) when the asset has no such version or it is the current one already
     */
    default Asset restoreVersion(AssetId id, int number) {
        throw new io.mediadesk.library.LibraryException("this store cannot restore versions yet");
    }

    /**
     * Sets the star rating (0-5) of many assets: all or nothing in SQLite, per asset in MongoDB
     * (as {@link #trash}). A default that refuses, so an adapter written before ratings still compiles.
     *
     * @return how many assets had another rating before
     */
    default int setRating(Collection<AssetId> ids, int stars) {
        throw new io.mediadesk.library.LibraryException("this store cannot rate assets yet");
    }

    /** Sets the colour label of many assets, like {@link #setRating}. @return how many had another label */
    default int setLabel(Collection<AssetId> ids, io.mediadesk.library.asset.ColourLabel label) {
        throw new io.mediadesk.library.LibraryException("this store cannot label assets yet");
    }

    /**
     * Creates a folder and any missing parent. The folder edits below follow the service's rules
     * ({@link FolderPath}) and refuse with an {@link io.mediadesk.library.InvalidValueException}
     * naming the folder and the rule ({@code taken}, {@code missing}, {@code ownSubtree},
     * {@code notEmpty}, {@code root}); each is audited ({@code folder.create|move|delete}, no asset
     * id) and every asset it re-paths or trashes gets its own line. Defaults that refuse, so an
     * adapter written before them still compiles.
     *
     * @return the folder
     */
    default Folder createFolder(FolderPath path) {
        throw new io.mediadesk.library.LibraryException("this store cannot create folders yet");
    }

    /**
     * Moves the subtree at {@code folder} to {@code newPath} (a rename when only the last segment
     * differs): every folder below and every asset in them, trash included, follows. Refuses the
     * root, a {@code newPath} inside {@code folder}, and a {@code newPath} that exists. SQLite does it
     * in one transaction; MongoDB in single-document steps recorded first, so an interrupted move
     * is finished by the next one (see {@code store.mongo.FolderMoves}).
     */
    default FolderMove moveFolder(FolderPath folder, FolderPath newPath) {
        throw new io.mediadesk.library.LibraryException("this store cannot move folders yet");
    }

    /**
     * Deletes a folder. Without {@code recursive} it must be empty (no subfolder, no asset outside
     * the trash); with it, every asset below goes to the trash. A folder still holding trashed
     * assets is hidden rather than removed, and comes back when one of them is restored.
     *
     * @return how many assets went to the trash
     */
    default int deleteFolder(FolderPath folder, boolean recursive) {
        throw new io.mediadesk.library.LibraryException("this store cannot delete folders yet");
    }

    /**
     * Tag completion: the distinct tags of assets outside the trash that start with {@code prefix}
     * (case ignored, see {@link io.mediadesk.library.asset.TagPrefix}), each with how many such
     * assets carry it, most used first, then in {@link TagCount#ORDER}; at most {@code limit}.
     * SQLite reads index ranges of the tag table, MongoDB aggregates over the tags index; the cost
     * grows with how many tag rows match, not with the library. A default that refuses, so an
     * adapter written before it still compiles.
     *
     * @throws IllegalArgumentException when {@code limit} is less than 1
     */
    default List<TagCount> tagsStartingWith(String prefix, int limit) {
        throw new io.mediadesk.library.LibraryException("this store cannot complete tags yet");
    }

    /** Every folder, parents before children. */
    List<Folder> folders();

    /** Defines a new custom metadata field; its name may never be reused (as on the service). */
    void defineField(CustomField field);

    MetadataSchema schema();

    /** Every asset's perceptual hash, for near-duplicate search at import. */
    Map<AssetId, Long> perceptualHashes();

    /** The near-duplicates recorded for an asset and their Hamming distances. */
    Map<AssetId, Integer> similar(AssetId id);

    /** The newest audit entries first; for one asset when {@code id} is given. */
    List<AuditEntry> audit(Optional<AssetId> id, int limit);

    /**
     * Streams the audit trail to {@code sink}, oldest first: every entry, or one asset's, from
     * {@code since} on. The adapters read with a cursor, so a trail of millions of lines never sits
     * in memory. This default (for adapters written before it) reads through {@link #audit} instead.
     */
    default void exportAudit(Optional<AssetId> id, Optional<java.time.Instant> since, java.util.function.Consumer<AuditEntry> sink) {
        List<AuditEntry> all = new java.util.ArrayList<>(audit(id, Integer.MAX_VALUE));
        java.util.Collections.reverse(all);
        all.stream().filter(e -> since.isEmpty() || !e.at().isBefore(since.get())).forEach(sink);
    }

    /** Hears every committed change; close the result to stop. */
    AutoCloseable subscribe(ChangeListener listener);
}
