package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.NameWords;
import io.mediadesk.library.store.PathTakenException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;

/** The row-level writes, always inside a transaction the repository opened. */
final class AssetWriter {
    private static final String INSERT_ASSET = "INSERT INTO asset (id, folder, name, name_words, content_hash, size, width, "
            + "height, format, has_alpha, orientation, phash, custom_coordinates, created_at, updated_at, trashed, remote_id, "
            + "sync_state, rating, label) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection c;

    AssetWriter(Connection c) {
        this.c = c;
    }

    /** Inserts the asset with its folders, tags and values; its custom metadata must be checked already. */
    long insert(Asset a) throws SQLException {
        if (pathTaken(a.folder(), a.name())) throw new PathTakenException(a.filePath());
        folders(a.folder(), a.createdAt());
        long seq;
        try (PreparedStatement st = c.prepareStatement(INSERT_ASSET, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bindAsset(st, a);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        insertTags(seq, a.tags());
        insertValues(seq, "custom", a.customMetadata());
        insertValues(seq, "embedded", a.embedded().asValues());
        return seq;
    }

    private void bindAsset(PreparedStatement st, Asset a) throws SQLException {
        st.setString(1, a.id().value());
        st.setString(2, a.folder().value());
        st.setString(3, a.name());
        st.setString(4, NameWords.indexed(a.name()));
        st.setString(5, a.contentHash());
        st.setLong(6, a.size());
        st.setInt(7, a.width());
        st.setInt(8, a.height());
        st.setString(9, a.format());
        st.setInt(10, a.hasAlpha() ? 1 : 0);
        st.setInt(11, a.orientation());
        if (a.perceptualHash().isPresent()) st.setLong(12, a.perceptualHash().get()); else st.setNull(12, Types.INTEGER);
        st.setString(13, a.customCoordinates().orElse(null));
        st.setLong(14, a.createdAt().toEpochMilli());
        st.setLong(15, a.updatedAt().toEpochMilli());
        st.setInt(16, a.trashed() ? 1 : 0);
        st.setString(17, a.remoteId().orElse(null));
        st.setString(18, a.syncState().name());
        st.setInt(19, a.rating());
        st.setString(20, a.label().wireName());
    }

    /**
     * Creates the folder and any missing parent, root first, so every folder row has its parent; a
     * deleted (hidden) folder on the way is shown again.
     */
    void folders(FolderPath folder, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO folder (path, parent, created_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (path) DO UPDATE SET deleted = 0 WHERE deleted = 1")) {
            for (FolderPath p : folder.lineage()) {
                if (p.isRoot()) continue;
                st.setString(1, p.value());
                st.setString(2, p.parent().value());
                st.setLong(3, at.toEpochMilli());
                st.executeUpdate();
            }
        }
    }

    /** Each tag row carries its asset's trash flag, creation time and id (schema 6), copied from the asset row. */
    void insertTags(long seq, Collection<Tag> tags) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO asset_tag (asset, tag, trashed, created_at, id) "
                + "SELECT seq, ?, trashed, created_at, id FROM asset WHERE seq = ?")) {
            for (Tag t : tags) {
                st.setString(1, t.value());
                st.setLong(2, seq);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    void deleteTags(long seq, Collection<Tag> tags) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM asset_tag WHERE asset = ? AND tag = ?")) {
            for (Tag t : tags) {
                st.setLong(1, seq);
                st.setString(2, t.value());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    void replaceValues(long seq, String source, Map<String, MetaValue> values) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM asset_value WHERE asset = ? AND source = ?")) {
            st.setLong(1, seq);
            st.setString(2, source);
            st.executeUpdate();
        }
        insertValues(seq, source, values);
    }

    private void insertValues(long seq, String source, Map<String, MetaValue> values) throws SQLException {
        if (values.isEmpty()) return;
        try (PreparedStatement st = c.prepareStatement(ValueRows.INSERT)) {
            ValueRows.add(st, seq, source, values);
            st.executeBatch();
        }
    }

    void similar(long seq, Map<AssetId, Integer> others) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO similar (asset, other, distance) VALUES (?, ?, ?)")) {
            for (var e : others.entrySet()) {
                OptionalLong other = seq(e.getKey());
                if (other.isEmpty()) continue;
                st.setLong(1, seq);
                st.setLong(2, other.getAsLong());
                st.setInt(3, e.getValue());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    void touch(long seq, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE asset SET updated_at = ? WHERE seq = ?")) {
            st.setLong(1, at.toEpochMilli());
            st.setLong(2, seq);
            st.executeUpdate();
        }
    }

    /** Sets the rating or label column (named by this adapter, never by a caller); true when it changed. */
    boolean setMark(long seq, String column, Object value, Instant at) throws SQLException {
        String sql = "UPDATE asset SET " + column + " = ?, updated_at = ? WHERE seq = ? AND " + column + " <> ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, value);
            st.setLong(2, at.toEpochMilli());
            st.setLong(3, seq);
            st.setObject(4, value);
            return st.executeUpdate() == 1;
        }
    }

    /** Sets the trash flag; true when the asset was on the other side before. */
    boolean setTrashed(long seq, boolean trashed, Instant at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE asset SET trashed = ?, updated_at = ? WHERE seq = ? AND trashed = ?")) {
            st.setInt(1, trashed ? 1 : 0);
            st.setLong(2, at.toEpochMilli());
            st.setLong(3, seq);
            st.setInt(4, trashed ? 0 : 1);
            return st.executeUpdate() == 1;
        }
    }

    boolean pathTaken(FolderPath folder, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM asset WHERE folder = ? AND name = ?")) {
            st.setString(1, folder.value());
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    OptionalLong seq(AssetId id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT seq FROM asset WHERE id = ?")) {
            st.setString(1, id.value());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    void audit(Instant at, String actor, String action, AssetId asset, String detail) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO audit (at, actor, action, asset_id, detail) VALUES (?, ?, ?, ?, ?)")) {
            st.setLong(1, at.toEpochMilli());
            st.setString(2, actor);
            st.setString(3, action);
            st.setString(4, asset == null ? null : asset.value());
            st.setString(5, detail);
            st.executeUpdate();
        }
    }
}
