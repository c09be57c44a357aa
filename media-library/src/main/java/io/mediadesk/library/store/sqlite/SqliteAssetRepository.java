package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Page;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.event.ChangeFeed;
import io.mediadesk.library.event.ChangeListener;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import io.mediadesk.library.query.AssetQuery;
import io.mediadesk.library.query.Query;
import io.mediadesk.library.query.SortKey;
import io.mediadesk.library.store.Actor;
import io.mediadesk.library.store.AssetRepository;
import io.mediadesk.library.store.AuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link AssetRepository} on the embedded SQLite catalog. One connection, used by one thread at a
 * time (methods synchronise on it): the library lock already makes this process the only writer,
 * and SQLite serialises writers anyway. Writes go through {@link Transaction}; bulk edits
 * ({@link AssetEdits}) live in their own class.
 */
public final class SqliteAssetRepository implements AssetRepository {
    /** Assets per keyset batch of {@link #forEachAsset}: the tag and value queries bind one parameter each. */
    private static final int BATCH = 500;

    private final Transaction tx;
    private final Clock clock;
    private final ChangeFeed feed = new ChangeFeed();
    private final AssetEdits edits;
    private final ContentEdits contentEdits;
    private final FolderEdits folderEdits;
    private volatile MetadataSchema schema;

    SqliteAssetRepository(Connection connection, Actor actor, Clock clock) {
        this.tx = new Transaction(connection, actor);
        this.clock = clock;
        this.edits = new AssetEdits(tx, clock, feed);
        this.contentEdits = new ContentEdits(tx, clock, feed);
        this.folderEdits = new FolderEdits(tx, clock, feed);
    }

    @Override
    public Asset add(Asset asset, Map<AssetId, Integer> similar) {
        Asset checked = asset.withCustomMetadata(schema().complete(asset.customMetadata()));
        tx.write("cannot add " + asset.filePath(), (c, actor) -> {
            AssetWriter w = new AssetWriter(c);
            long seq = w.insert(checked);
            w.similar(seq, similar);
            w.audit(clock.instant(), actor, "add", checked.id(), checked.filePath() + " sha256:" + checked.contentHash());
            return null;
        });
        feed.publish(new LibraryChange(LibraryChange.Kind.ADDED, List.of(checked.id())));
        return checked;
    }

    @Override
    public void addAll(Collection<Asset> assets) {
        MetadataSchema s = schema();
        List<Asset> checked = assets.stream().map(a -> a.withCustomMetadata(s.complete(a.customMetadata()))).toList();
        tx.write("cannot add " + assets.size() + " assets", (c, actor) -> {
            AssetWriter w = new AssetWriter(c);
            Instant now = clock.instant();
            for (Asset a : checked) {
                w.insert(a);
                w.audit(now, actor, "add", a.id(), a.filePath() + " sha256:" + a.contentHash());
            }
            return null;
        });
        feed.publish(new LibraryChange(LibraryChange.Kind.ADDED, checked.stream().map(Asset::id).toList()));
    }

    @Override
    public Optional<Asset> find(AssetId id) {
        return load("WHERE a.id = ?", List.of(id.value())).stream().findFirst();
    }

    @Override
    public List<Asset> findByContentHash(String sha256) {
        return load("WHERE a.content_hash = ? ORDER BY a.created_at, a.id", List.of(sha256));
    }

    @Override
    public boolean pathTaken(FolderPath folder, String name) {
        return tx.read("cannot look up " + folder.value() + name, c -> new AssetWriter(c).pathTaken(folder, name));
    }

    @Override
    public Page<Asset> search(AssetQuery q) {
        String sql;
        List<Object> params = new ArrayList<>();
        java.util.Optional<SqlCompiler.OneTag> oneTag = SqlCompiler.oneTag(q.filter());
        if (q.sort().column() == SortKey.Column.CREATED && oneTag.isPresent()) {
            // One tag, by date: the tag's rows carry trashed, created_at and id (schema 6), so the page
            // is a walk of the (tag, trashed, created_at, id) index that stops after limit + 1 matches.
            sql = "SELECT t.id " + fromTag(oneTag.get(), q.scope(), params) + " ORDER BY t.created_at" + direction(q.sort())
                    + ", t.id" + direction(q.sort()) + " LIMIT ? OFFSET ?";
        } else {
            sql = null;
        }
        List<Asset> rows = tx.read("cannot search", c -> {
            String query = sql;
            if (query == null) {
                // A HAS is planned from its words' row counts, read on this connection (see SqlCompiler.words).
                SqlCompiler.Sql where = SqlCompiler.compileForPage(q.filter(), counter(c), commonWordRows(c, q));
                params.add(q.scope() == AssetQuery.Scope.TRASHED ? 1 : 0);
                params.addAll(where.params());
                // Ids first, rows second: the sort then carries narrow rows (a tag's ~3,750 candidates in a
                // library of 500,000 sort in half the time), and only the page's rows are read whole.
                query = "SELECT a.id FROM asset a WHERE a.trashed = ? AND " + where.where() + " ORDER BY " + orderBy(q.sort())
                        + " LIMIT ? OFFSET ?";
            }
            params.add(q.limit() + 1);
            params.add(q.skip());
            List<String> ids = strings(c, query, params);
            if (ids.isEmpty()) return List.<Asset>of();
            String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            Map<String, Asset> byId = new java.util.HashMap<>();
            for (Asset a : AssetRows.load(c, "SELECT " + AssetRows.COLUMNS + " FROM asset a WHERE a.id IN (" + marks + ")",
                    new ArrayList<>(ids))) {
                byId.put(a.id().value(), a);
            }
            return ids.stream().map(byId::get).toList();
        });
        boolean more = rows.size() > q.limit();
        return new Page<>(more ? rows.subList(0, q.limit()) : rows, q.skip(), q.limit(), more);
    }

    /** Tests set it to plan every HAS word as common (0) or as rare ({@code Long.MAX_VALUE}); below 0: from the library's size. */
    volatile long commonWordsOverride = -1;

    /**
     * The row count from which a HAS word is common: a set of r rows costs about r steps, the walk
     * of the page order about (skip + limit + 1) * library / r, so they break even at the square
     * root of their product. The library's size is read as the largest asset number (one index
     * step; deletions only make it an overestimate).
     */
    private long commonWordRows(Connection c, AssetQuery q) throws SQLException {
        if (commonWordsOverride >= 0) return commonWordsOverride;
        long library;
        try (PreparedStatement st = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM asset");
                ResultSet rs = st.executeQuery()) {
            library = rs.next() ? rs.getLong(1) : 0;
        }
        return Math.max(1, (long) Math.sqrt((double) (q.skip() + q.limit() + 1) * library));
    }

    /** Counts a word's rows in the words table, stopping at the cap: at most cap index steps. */
    private static SqlCompiler.WordCounter counter(Connection c) {
        return (source, field, word, prefix, cap) -> {
            SqlCompiler.Sql range = SqlCompiler.wordRange(source, field, word, prefix);
            List<Object> params = new ArrayList<>(range.params());
            params.add(cap);
            String sql = "SELECT count(*) FROM (SELECT 1 FROM asset_word w WHERE " + range.where() + " LIMIT ?)";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                Statements.bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw SqliteErrors.translate("cannot count the words of a search", e);
            }
        };
    }

    /**
     * {@code FROM asset_tag t ... WHERE} the tag's rows in the scope and whatever else the filter
     * asks of the asset (joined only then); adds its parameters.
     */
    private static String fromTag(SqlCompiler.OneTag oneTag, AssetQuery.Scope scope, List<Object> params) {
        params.add(oneTag.tag());
        params.add(scope == AssetQuery.Scope.TRASHED ? 1 : 0);
        if (oneTag.rest() instanceof Query.All) return "FROM asset_tag t WHERE t.tag = ? AND t.trashed = ?";
        SqlCompiler.Sql rest = SqlCompiler.compile(oneTag.rest());
        params.addAll(rest.params());
        return "FROM asset_tag t JOIN asset a ON a.seq = t.asset WHERE t.tag = ? AND t.trashed = ? AND " + rest.where();
    }

    private static String direction(SortKey key) {
        return key.descending() ? " DESC" : " ASC";
    }

    /** Keyset batches over the unique index on {@code id}: each batch is three queries, whatever the library's size. */
    @Override
    public void forEachAsset(Consumer<Asset> action) {
        String after = "";
        while (true) {
            List<Asset> batch = load("WHERE a.id > ? ORDER BY a.id LIMIT ?", List.of(after, BATCH));
            batch.forEach(action);
            if (batch.size() < BATCH) return;
            after = batch.get(batch.size() - 1).id().value();
        }
    }

    static String orderBy(SortKey key) {
        String column = switch (key.column()) {
            case CREATED -> "a.created_at";
            case UPDATED -> "a.updated_at";
            case NAME -> "a.name";
            case SIZE -> "a.size";
            case WIDTH -> "a.width";
            case HEIGHT -> "a.height";
        };
        return column + direction(key) + ", a.id" + direction(key);
    }

    @Override
    public List<AssetId> ids(Query filter, AssetQuery.Scope scope) {
        SqlCompiler.Sql where = SqlCompiler.compile(filter);
        List<Object> params = new ArrayList<>();
        params.add(scope == AssetQuery.Scope.TRASHED ? 1 : 0);
        params.addAll(where.params());
        String sql = "SELECT a.id FROM asset a WHERE a.trashed = ? AND " + where.where() + " ORDER BY a.created_at, a.id";
        return tx.read("cannot search", c -> strings(c, sql, params)).stream().map(AssetId::of).toList();
    }

    @Override
    public int count(Query filter, AssetQuery.Scope scope) {
        List<Object> params = new ArrayList<>();
        java.util.Optional<SqlCompiler.OneTag> oneTag = SqlCompiler.oneTag(filter);
        String sql;
        if (oneTag.isPresent()) {
            // The window counts every search it shows: one tag's count reads its index entries only.
            sql = "SELECT count(*) " + fromTag(oneTag.get(), scope, params);
        } else {
            SqlCompiler.Sql where = SqlCompiler.compile(filter);
            params.add(scope == AssetQuery.Scope.TRASHED ? 1 : 0);
            params.addAll(where.params());
            sql = "SELECT count(*) FROM asset a WHERE a.trashed = ? AND " + where.where();
        }
        return tx.read("cannot count", c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                Statements.bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<AssetId> missing(Collection<AssetId> ids) {
        return tx.read("cannot look up assets", c -> {
            AssetWriter w = new AssetWriter(c);
            List<AssetId> out = new ArrayList<>();
            for (AssetId id : ids) {
                if (w.seq(id).isEmpty()) out.add(id);
            }
            return out;
        });
    }

    @Override
    public int addTags(Collection<AssetId> ids, Collection<Tag> tags) {
        return edits.tags(ids, tags, true);
    }

    @Override
    public int removeTags(Collection<AssetId> ids, Collection<Tag> tags) {
        return edits.tags(ids, tags, false);
    }

    @Override
    public Asset setCustomMetadata(AssetId id, Map<String, MetaValue> values) {
        return edits.customMetadata(id, schema().complete(values), this::find);
    }

    @Override
    public int setRating(Collection<AssetId> ids, int stars) {
        return edits.mark(ids, "rating", io.mediadesk.library.asset.Rating.check(stars), "rating.set");
    }

    @Override
    public int setLabel(Collection<AssetId> ids, io.mediadesk.library.asset.ColourLabel label) {
        return edits.mark(ids, "label", label.wireName(), "label.set");
    }

    @Override
    public int trash(Collection<AssetId> ids) {
        return edits.trash(ids, true);
    }

    @Override
    public int restore(Collection<AssetId> ids) {
        return edits.trash(ids, false);
    }

    @Override
    public Asset move(AssetId id, FolderPath folder, String name) {
        contentEdits.move(id, folder, io.mediadesk.library.asset.FileName.check(name));
        return find(id).orElseThrow();
    }

    @Override
    public Asset setCustomCoordinates(AssetId id, Optional<String> coordinates) {
        contentEdits.coordinates(id, coordinates);
        return find(id).orElseThrow();
    }

    @Override
    public Asset replaceContent(AssetId id, Asset content) {
        contentEdits.content(id, content);
        return find(id).orElseThrow();
    }

    @Override
    public List<io.mediadesk.library.asset.AssetVersion> versions(AssetId id) {
        return contentEdits.versions(id);
    }

    @Override
    public Asset restoreVersion(AssetId id, int number) {
        contentEdits.restore(id, number);
        return find(id).orElseThrow();
    }

    @Override
    public Folder createFolder(FolderPath path) {
        return folderEdits.create(path);
    }

    @Override
    public io.mediadesk.library.store.FolderMove moveFolder(FolderPath folder, FolderPath newPath) {
        return folderEdits.move(folder, newPath);
    }

    @Override
    public int deleteFolder(FolderPath folder, boolean recursive) {
        return folderEdits.delete(folder, recursive);
    }

    /** A union of index ranges of {@code asset_tag_by_tag}, one per case spelling of the prefix's start; see {@link #tagPrefixSql}. */
    @Override
    public List<io.mediadesk.library.store.TagCount> tagsStartingWith(String prefix, int limit) {
        if (limit < 1) throw new IllegalArgumentException("a completion limit is at least 1, not " + limit);
        io.mediadesk.library.asset.TagPrefix p = io.mediadesk.library.asset.TagPrefix.of(prefix);
        List<Object> params = new ArrayList<>();
        String sql = tagPrefixSql(p, params);
        List<io.mediadesk.library.store.TagCount> found = tx.read("cannot complete tag \"" + p + "\"", c -> {
            List<io.mediadesk.library.store.TagCount> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                Statements.bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String tag = rs.getString(1);
                        if (p.matches(tag)) out.add(new io.mediadesk.library.store.TagCount(new Tag(tag), rs.getInt(2)));
                    }
                }
            }
            return out;
        });
        return io.mediadesk.library.store.TagCount.top(found, limit);
    }

    /**
     * {@code SELECT tag, count} over one range of the (tag, trashed, created_at, id) index per literal
     * of {@link io.mediadesk.library.asset.TagPrefix#literals}, glued with UNION ALL (the ranges never
     * overlap, so no tag appears twice): each part is a covering-index range scan grouped in index
     * order, with no temporary table. Whatever the literals leave undecided (case beyond the first
     * code points) is decided by {@code TagPrefix.matches} on the few distinct tags that come back.
     */
    static String tagPrefixSql(io.mediadesk.library.asset.TagPrefix prefix, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (String literal : prefix.literals(io.mediadesk.library.asset.TagPrefix.MAX_LITERALS)) {
            List<String> terms = new ArrayList<>();
            if (!literal.isEmpty()) {
                terms.add("tag >= ?");
                params.add(literal);
                Optional<String> bound = io.mediadesk.library.asset.TagPrefix.upperBound(literal);
                if (bound.isPresent()) {
                    terms.add("tag < ?");
                    params.add(bound.get());
                }
            }
            terms.add("trashed = 0");
            parts.add("SELECT tag, count(*) FROM asset_tag INDEXED BY asset_tag_by_tag WHERE " + String.join(" AND ", terms) + " GROUP BY tag");
        }
        return String.join(" UNION ALL ", parts);
    }

    /** SQLite's plan for {@link #tagsStartingWith}, one line per step: for the test and the benchmark that check it. */
    List<String> tagPrefixPlan(String prefix) {
        List<Object> params = new ArrayList<>();
        String sql = "EXPLAIN QUERY PLAN " + tagPrefixSql(io.mediadesk.library.asset.TagPrefix.of(prefix), params);
        return tx.read("cannot explain", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                Statements.bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) out.add(rs.getString("detail"));
                }
            }
            return out;
        });
    }

    @Override
    public List<Folder> folders() {
        return tx.read("cannot list folders", c -> {
            List<Folder> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT path, created_at FROM folder WHERE deleted = 0 ORDER BY path");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new Folder(new FolderPath(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2))));
            }
            return out;
        });
    }

    @Override
    public void defineField(CustomField field) {
        tx.write("cannot define field " + field.name(), (c, actor) -> {
            FieldRows.insert(c, field);
            new AssetWriter(c).audit(clock.instant(), actor, "field.define", null, field.name() + " " + field.type().wireName());
            return null;
        });
        schema = null;
    }

    @Override
    public MetadataSchema schema() {
        MetadataSchema s = schema;
        if (s == null) {
            s = tx.read("cannot read the custom metadata fields", FieldRows::read);
            schema = s;
        }
        return s;
    }

    @Override
    public Map<AssetId, Long> perceptualHashes() {
        return tx.read("cannot read perceptual hashes", c -> {
            Map<AssetId, Long> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id, phash FROM asset WHERE phash IS NOT NULL ORDER BY seq");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(AssetId.of(rs.getString(1)), rs.getLong(2));
            }
            return out;
        });
    }

    @Override
    public Map<AssetId, Integer> similar(AssetId id) {
        String sql = "SELECT o.id, s.distance FROM similar s JOIN asset a ON a.seq = s.asset JOIN asset o ON o.seq = s.other "
                + "WHERE a.id = ? UNION SELECT a.id, s.distance FROM similar s JOIN asset a ON a.seq = s.asset "
                + "JOIN asset o ON o.seq = s.other WHERE o.id = ? ORDER BY 2, 1";
        return tx.read("cannot read near-duplicates", c -> {
            Map<AssetId, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, id.value());
                st.setString(2, id.value());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) out.put(AssetId.of(rs.getString(1)), rs.getInt(2));
                }
            }
            return out;
        });
    }

    @Override
    public List<AuditEntry> audit(Optional<AssetId> id, int limit) {
        return tx.read("cannot read the audit trail", c -> AuditRows.read(c, id, limit));
    }

    /** Holds the connection while streaming: a slow sink delays this process's other catalog calls, not other readers. */
    @Override
    public void exportAudit(Optional<AssetId> id, Optional<Instant> since, java.util.function.Consumer<AuditEntry> sink) {
        tx.read("cannot read the audit trail", c -> {
            AuditRows.stream(c, id, since, sink);
            return null;
        });
    }

    @Override
    public AutoCloseable subscribe(ChangeListener listener) {
        return feed.subscribe(listener);
    }

    long count(boolean trashed) {
        return tx.read("cannot count assets", c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM asset WHERE trashed = ?")) {
                st.setInt(1, trashed ? 1 : 0);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private List<Asset> load(String tail, List<Object> params) {
        return tx.read("cannot read assets", c -> AssetRows.load(c, "SELECT " + AssetRows.COLUMNS + " FROM asset a " + tail, params));
    }

    private static List<String> strings(Connection c, String sql, List<Object> params) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            Statements.bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
