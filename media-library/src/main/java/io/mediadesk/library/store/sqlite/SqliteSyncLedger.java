package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.store.BaseRecord;
import io.mediadesk.library.store.JournalRecord;
import io.mediadesk.library.store.SyncLedger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SyncLedger} in the embedded catalog (schema {@link V2}). Every call is its own short
 * transaction, so each base advance and journal line is durable when the call returns; a sync
 * run makes one per step, which WAL with {@code synchronous=NORMAL} absorbs easily.
 */
final class SqliteSyncLedger implements SyncLedger {
    private static final String LEASE = "sync";

    private final Transaction tx;

    SqliteSyncLedger(Transaction tx) {
        this.tx = tx;
    }

    @Override
    public List<BaseRecord> base() {
        return tx.read("cannot read the sync base", c -> {
            List<BaseRecord> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT local_id, remote_id, path, "
                    + "content_hash, version_id, size, remote_updated, tags, metadata, coordinates FROM sync_base")) {
                while (rs.next()) out.add(baseRow(rs));
            }
            return out;
        });
    }

    private static BaseRecord baseRow(ResultSet rs) throws SQLException {
        long updated = rs.getLong(7);
        Optional<Instant> remoteUpdated = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(updated));
        String tags = rs.getString(8);
        return new BaseRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                remoteUpdated, tags.isEmpty() ? List.of() : List.of(tags.split(",")), rs.getString(9),
                Optional.ofNullable(rs.getString(10)));
    }

    @Override
    public void putBase(BaseRecord r) {
        // Tags hold no commas (the service's rule, checked by Tag), so a comma list is exact.
        tx.write("cannot record the sync base of " + r.path(), (c, actor) -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM sync_base WHERE local_id = ? OR remote_id = ?")) {
                del.setString(1, r.localId());
                del.setString(2, r.remoteId());
                del.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO sync_base (local_id, remote_id, path, content_hash, "
                    + "version_id, size, remote_updated, tags, metadata, coordinates) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Statements.bind(st, java.util.Arrays.<Object>asList(r.localId(), r.remoteId(), r.path(), r.contentHash(), r.versionId(),
                        r.size()));
                if (r.remoteUpdated().isPresent()) st.setLong(7, r.remoteUpdated().get().toEpochMilli()); else st.setNull(7, java.sql.Types.INTEGER);
                st.setString(8, String.join(",", r.tags()));
                st.setString(9, r.metadataJson());
                st.setString(10, r.coordinates().orElse(null));
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void forgetBase(String localId) {
        update("cannot forget the sync base of " + localId, "DELETE FROM sync_base WHERE local_id = ?", List.of(localId));
    }

    @Override
    public Map<String, String> versionHashes() {
        return tx.read("cannot read the sync versions", c -> {
            Map<String, String> out = new HashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT remote_id, version_id, content_hash FROM sync_version")) {
                while (rs.next()) out.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
            }
            return out;
        });
    }

    @Override
    public void putVersionHash(String remoteId, String versionId, String contentHash) {
        update("cannot record version " + versionId, "INSERT OR REPLACE INTO sync_version (remote_id, version_id, content_hash) "
                + "VALUES (?, ?, ?)", List.of(remoteId, versionId, contentHash));
    }

    @Override
    public long begin(JournalRecord s) {
        return tx.write("cannot write the sync journal", (c, actor) -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO sync_journal (run, action, local_id, remote_id, path, "
                    + "content_hash, size, state, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Statements.bind(st, java.util.Arrays.<Object>asList(s.run(), s.action(), s.localId(), s.remoteId(), s.path(), s.contentHash(),
                        s.size(), s.state(), s.at().toEpochMilli()));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void finish(long seq, String state, String detail) {
        update("cannot write the sync journal", "UPDATE sync_journal SET state = ?, detail = ? WHERE seq = ?",
                java.util.Arrays.asList(state, detail, seq));
    }

    @Override
    public List<JournalRecord> unsettled() {
        return tx.read("cannot read the sync journal", c -> {
            List<JournalRecord> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT seq, run, action, local_id, remote_id, "
                    + "path, content_hash, size, state, at FROM sync_journal WHERE state IN ('begun', 'unknown') ORDER BY seq")) {
                while (rs.next()) {
                    out.add(new JournalRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9), Instant.ofEpochMilli(rs.getLong(10))));
                }
            }
            return out;
        });
    }

    @Override
    public void settle(String state, String currentRun) {
        tx.write("cannot settle the sync journal", (c, actor) -> {
            run(c, "UPDATE sync_journal SET state = ? WHERE state IN ('begun', 'unknown')", List.of(state));
            run(c, "DELETE FROM sync_journal WHERE run <> ? AND state NOT IN ('begun', 'unknown')", List.of(currentRun));
            return null;
        });
    }

    @Override
    public boolean acquireLease(String owner, Instant now, Duration ttl) {
        return tx.write("cannot take the sync lease", (c, actor) -> {
            int changed = run(c, "INSERT INTO sync_lease (name, owner, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE "
                    + "SET owner = excluded.owner, expires_at = excluded.expires_at WHERE sync_lease.owner = excluded.owner "
                    + "OR sync_lease.expires_at <= ?", List.of(LEASE, owner, now.plus(ttl).toEpochMilli(), now.toEpochMilli()));
            return changed == 1;
        });
    }

    @Override
    public void releaseLease(String owner) {
        update("cannot release the sync lease", "DELETE FROM sync_lease WHERE name = ? AND owner = ?", List.of(LEASE, owner));
    }

    private void update(String what, String sql, List<?> params) {
        tx.write(what, (c, actor) -> run(c, sql, params));
    }

    private static int run(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            Statements.bind(st, new ArrayList<Object>(params));
            return st.executeUpdate();
        }
    }
}
