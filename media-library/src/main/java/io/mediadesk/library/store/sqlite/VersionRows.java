package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.AssetVersion;
import io.mediadesk.library.asset.EmbeddedMetadata;
import io.mediadesk.library.metadata.MetaValue;
import java.util.Map;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes {@code asset_version} rows (schema 5) inside the caller's transaction. */
final class VersionRows {
    private VersionRows() {
    }

    /** The stored versions of the asset at {@code seq}, newest first; empty when it was never replaced. */
    static List<AssetVersion> read(Connection c, long seq) throws SQLException {
        List<AssetVersion> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT number, content_hash, size, width, height, format, has_alpha, "
                + "orientation, phash, created_at, actor FROM asset_version WHERE asset = ? ORDER BY number DESC")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long phash = rs.getLong(9);
                    Optional<Long> p = rs.wasNull() ? Optional.empty() : Optional.of(phash);
                    out.add(new AssetVersion(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                            rs.getString(6), rs.getInt(7) != 0, rs.getInt(8), p, Instant.ofEpochMilli(rs.getLong(10)),
                            Optional.ofNullable(rs.getString(11))));
                }
            }
        }
        return out;
    }

    static void insert(Connection c, long seq, AssetVersion v) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO asset_version (asset, number, content_hash, size, width, "
                + "height, format, has_alpha, orientation, phash, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, seq);
            st.setInt(2, v.number());
            st.setString(3, v.contentHash());
            st.setLong(4, v.size());
            st.setInt(5, v.width());
            st.setInt(6, v.height());
            st.setString(7, v.format());
            st.setInt(8, v.hasAlpha() ? 1 : 0);
            st.setInt(9, v.orientation());
            if (v.perceptualHash().isPresent()) st.setLong(10, v.perceptualHash().get());
            else st.setNull(10, Types.INTEGER);
            st.setLong(11, v.createdAt().toEpochMilli());
            if (v.actor().isPresent()) st.setString(12, v.actor().get());
            else st.setNull(12, Types.VARCHAR);
            st.executeUpdate();
        }
    }

    /** Stores the embedded metadata of version {@code number} (rows shaped like {@code asset_value}). */
    static void insertEmbedded(Connection c, long seq, int number, EmbeddedMetadata embedded) throws SQLException {
        Map<String, MetaValue> values = embedded.asValues();
        if (values.isEmpty()) return;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO asset_version_value (asset, number, field, position, list, "
                + "kind, text, num) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            // ValueRows binds the second parameter as asset_value's source: here it is the number (INTEGER affinity).
            ValueRows.add(st, seq, String.valueOf(number), values);
            st.executeBatch();
        }
    }

    static EmbeddedMetadata embedded(Connection c, long seq, int number) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT field, list, kind, text, num FROM asset_version_value "
                + "WHERE asset = ? AND number = ? ORDER BY field, position")) {
            st.setLong(1, seq);
            st.setInt(2, number);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) rows.add(ValueRows.row(rs, 1));
            }
        }
        return EmbeddedMetadata.fromValues(ValueRows.read(rows));
    }
}
