package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.store.AuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the audit table, newest first. */
final class AuditRows {
    private AuditRows() {
    }

    /** Streams entries oldest first through one cursor. */
    static void stream(Connection c, Optional<AssetId> id, Optional<Instant> since, java.util.function.Consumer<AuditEntry> sink)
            throws SQLException {
        String sql = "SELECT seq, at, actor, action, asset_id, detail FROM audit WHERE 1 "
                + (id.isPresent() ? "AND asset_id = ? " : "") + (since.isPresent() ? "AND at >= ? " : "") + "ORDER BY seq";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int at = 1;
            if (id.isPresent()) st.setString(at++, id.get().value());
            if (since.isPresent()) st.setLong(at, since.get().toEpochMilli());
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
                            Optional.ofNullable(rs.getString(5)), rs.getString(6)));
                }
            }
        }
    }

    static List<AuditEntry> read(Connection c, Optional<AssetId> id, int limit) throws SQLException {
        String sql = "SELECT seq, at, actor, action, asset_id, detail FROM audit "
                + (id.isPresent() ? "WHERE asset_id = ? " : "") + "ORDER BY seq DESC LIMIT ?";
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int at = 1;
            if (id.isPresent()) st.setString(at++, id.get().value());
            st.setInt(at, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
                            Optional.ofNullable(rs.getString(5)), rs.getString(6)));
                }
            }
        }
        return out;
    }
}
