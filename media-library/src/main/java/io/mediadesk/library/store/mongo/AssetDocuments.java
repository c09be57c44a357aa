package io.mediadesk.library.store.mongo;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.ColourLabel;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.query.NameWords;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;

/**
 * An {@link Asset} as one document of {@code assets}: everything an edit touches together lives in
 * it (tags, custom and embedded metadata), so every edit is a single-document atomic update. The
 * id is the asset id; {@code version} counts the updates for optimistic concurrency. Mapped by
 * hand rather than by the driver's record codec: the record holds {@code Optional}s, sorted
 * collections and sealed metadata values that the codec does not map, and the field names here
 * are the ones queries and indexes use.
 */
final class AssetDocuments {
    static final String ID = "_id";
    static final String FOLDER = "folder";
    static final String NAME = "name";
    static final String NAME_WORDS = "nameWords";
    static final String CONTENT_HASH = "contentHash";
    static final String TAGS = "tags";
    static final String CUSTOM = "custom";
    static final String EMBEDDED = "embedded";
    static final String CREATED = "createdAt";
    static final String UPDATED = "updatedAt";
    static final String TRASHED = "trashed";
    static final String PHASH = "phash";
    static final String COORDINATES = "customCoordinates";
    static final String VERSION = "version";
    /** Schema 4: local only, absent from documents written before (read as unrated, no label; the migration fills them). */
    static final String RATING = "rating";
    static final String LABEL = "label";
    /** Schema 4: the words of all tags ({@code NameWords.indexed}), kept with the tags for {@code tags HAS}. */
    static final String TAG_WORDS = "tagWords";
    /** Schema 4: {field: NameWords.indexed of its text values} for {@code "customMetadata.x" HAS}, kept with {@code custom}. */
    static final String CUSTOM_WORDS = "customWords";

    private AssetDocuments() {
    }

    static Document toDocument(Asset a) {
        Document d = new Document(ID, a.id().value())
                .append(FOLDER, a.folder().value()).append(NAME, a.name()).append(NAME_WORDS, NameWords.indexed(a.name()))
                .append(CONTENT_HASH, a.contentHash()).append("size", a.size()).append("width", a.width())
                .append("height", a.height()).append("format", a.format()).append("hasAlpha", a.hasAlpha())
                .append("orientation", a.orientation());
        a.perceptualHash().ifPresent(p -> d.append(PHASH, p));
        a.customCoordinates().ifPresent(c -> d.append(COORDINATES, c));
        d.append(TAGS, tags(a.tags())).append(TAG_WORDS, tagWords(a.tags()))
                .append(CUSTOM, MetaValues.toDocument(a.customMetadata()))
                .append(CUSTOM_WORDS, customWords(a.customMetadata()))
                .append(EMBEDDED, MetaValues.toDocument(a.embedded().asValues()))
                .append(CREATED, MetaValues.date(a.createdAt())).append(UPDATED, MetaValues.date(a.updatedAt()))
                .append(TRASHED, a.trashed());
        a.remoteId().ifPresent(r -> d.append("remoteId", r));
        return d.append("syncState", a.syncState().name()).append(RATING, a.rating()).append(LABEL, a.label().wireName())
                .append(VERSION, 1L);
    }

    static List<String> tags(java.util.Collection<Tag> tags) {
        return new TreeSet<>(tags).stream().map(Tag::value).toList();
    }

    static String tagWords(java.util.Collection<Tag> tags) {
        return NameWords.indexed(String.join(" ", tags.stream().map(Tag::value).toList()));
    }

    static Document customWords(java.util.Map<String, io.mediadesk.library.metadata.MetaValue> values) {
        Document d = new Document();
        values.forEach((k, v) -> {
            List<String> words = NameWords.ofValue(v);
            if (!words.isEmpty()) d.append(k, " " + String.join(" ", words) + " ");
        });
        return d;
    }

    static Asset fromDocument(Document d) {
        TreeSet<Tag> tags = new TreeSet<>();
        d.getList(TAGS, String.class, List.of()).forEach(t -> tags.add(new Tag(t)));
        return new Asset(AssetId.of(d.getString(ID)), new FolderPath(d.getString(FOLDER)), d.getString(NAME),
                d.getString(CONTENT_HASH), number(d, "size").longValue(), number(d, "width").intValue(),
                number(d, "height").intValue(), d.getString("format"), d.getBoolean("hasAlpha", false),
                number(d, "orientation").intValue(), Optional.ofNullable((Number) d.get(PHASH)).map(Number::longValue), tags,
                new TreeMap<>(MetaValues.fromDocument(d.get(CUSTOM, Document.class))),
                Optional.ofNullable(d.getString("customCoordinates")),
                EmbeddedMetadata.fromValues(MetaValues.fromDocument(d.get(EMBEDDED, Document.class))),
                d.get(CREATED, Date.class).toInstant(), d.get(UPDATED, Date.class).toInstant(), d.getBoolean(TRASHED, false),
                Optional.ofNullable(d.getString("remoteId")), SyncState.valueOf(d.getString("syncState")),
                d.get(RATING) == null ? 0 : number(d, RATING).intValue(),
                d.getString(LABEL) == null ? ColourLabel.NONE : ColourLabel.parse(d.getString(LABEL)));
    }

    static long version(Document d) {
        return number(d, VERSION).longValue();
    }

    private static Number number(Document d, String key) {
        return (Number) d.get(key);
    }
}
