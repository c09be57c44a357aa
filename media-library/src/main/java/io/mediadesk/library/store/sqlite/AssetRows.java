package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.SyncState;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.metadata.MetaValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads whole {@link Asset}s: the asset rows a statement selects, then their tags and metadata
 * rows in one query each, so a page costs three queries whatever its size.
 */
final class AssetRows {
    static final String COLUMNS = "a.seq, a.id, a.folder, a.name, a.content_hash, a.size, a.width, a.height, a.format, "
            + "a.has_alpha, a.orientation, a.phash, a.custom_coordinates, a.created_at, a.updated_at, a.trashed, "
            + "a.remote_id, a.sync_state, a.rating, a.label";

    /** An asset row before its tags and values are attached. */
    private record Row(long seq, ResultSetValues v) {
    }

    private record ResultSetValues(String id, String folder, String name, String hash, long size, int width, int height,
            String format, boolean alpha, int orientation, Long phash, String coordinates, long created, long updated,
            boolean trashed, String remoteId, String syncState, int rating, String label) {
    }

    private AssetRows() {
    }

    /** Runs {@code sql} (which selects {@link #COLUMNS} from {@code asset a}) and builds the assets. */
    static List<Asset> load(Connection c, String sql, List<Object> params) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            Statements.bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) rows.add(row(rs));
            }
        }
        if (rows.isEmpty()) return List.of();
        List<Long> seqs = rows.stream().map(Row::seq).toList();
        Map<Long, List<Tag>> tags = tags(c, seqs);
        Map<Long, Map<String, List<Object[]>>> values = values(c, seqs);
        List<Asset> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<String, List<Object[]>> v = values.getOrDefault(r.seq, Map.of());
            out.add(asset(r.v, tags.getOrDefault(r.seq, List.of()), ValueRows.read(v.getOrDefault("custom", List.of())),
                    EmbeddedMetadata.fromValues(ValueRows.read(v.getOrDefault("embedded", List.of())))));
        }
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        long phash = rs.getLong(12);
        Long p = rs.wasNull() ? null : phash;
        return new Row(rs.getLong(1), new ResultSetValues(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getInt(10) == 1, rs.getInt(11), p,
                rs.getString(13), rs.getLong(14), rs.getLong(15), rs.getInt(16) == 1, rs.getString(17), rs.getString(18), rs.getInt(19),
                rs.getString(20)));
    }

    private static Asset asset(ResultSetValues v, List<Tag> tags, Map<String, MetaValue> custom, EmbeddedMetadata embedded) {
        return new Asset(AssetId.of(v.id), new FolderPath(v.folder), v.name, v.hash, v.size, v.width, v.height, v.format, v.alpha,
                v.orientation, Optional.ofNullable(v.phash), new TreeSet<>(tags), new java.util.TreeMap<>(custom),
                Optional.ofNullable(v.coordinates), embedded, Instant.ofEpochMilli(v.created), Instant.ofEpochMilli(v.updated),
                v.trashed, Optional.ofNullable(v.remoteId), SyncState.valueOf(v.syncState), v.rating,
                io.mediadesk.library.asset.ColourLabel.parse(v.label));
    }

    private static Map<Long, List<Tag>> tags(Connection c, List<Long> seqs) throws SQLException {
        Map<Long, List<Tag>> out = new HashMap<>();
        String sql = "SELECT asset, tag FROM asset_tag WHERE asset IN (" + marks(seqs.size()) + ")";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            Statements.bind(st, new ArrayList<>(seqs));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Tag(rs.getString(2)));
            }
        }
        return out;
    }

    /** seq -> source -> rows of (field, list, kind, text, num), in field and position order. */
    private static Map<Long, Map<String, List<Object[]>>> values(Connection c, List<Long> seqs) throws SQLException {
        Map<Long, Map<String, List<Object[]>>> out = new HashMap<>();
        String sql = "SELECT asset, source, field, list, kind, text, num FROM asset_value WHERE asset IN (" + marks(seqs.size())
                + ") ORDER BY asset, source, field, position";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            Statements.bind(st, new ArrayList<>(seqs));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(ValueRows.row(rs, 3));
                }
            }
        }
        return out;
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
