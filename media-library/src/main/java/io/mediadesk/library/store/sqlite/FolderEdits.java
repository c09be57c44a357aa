package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Folder;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.asset.FolderRules;
import io.mediadesk.library.event.ChangeFeed;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.store.FolderMove;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folder create, move (rename is a move to a sibling) and delete, each one transaction: a move
 * inserts the new folder rows parents first, re-paths every asset of the subtree (trash included)
 * with one UPDATE, writes one audit line per asset with one INSERT ... SELECT, and deletes the old
 * rows; a crash anywhere leaves the tree as it was. A subtree is a range on the path
 * ({@code >= '/a/'} and {@code < '/a0'}: {@code 0} follows {@code /}), which the primary key and the
 * asset's {@code (folder, created_at, id)} index serve.
 */
final class FolderEdits {
    private final Transaction tx;
    private final Clock clock;
    private final ChangeFeed feed;

    FolderEdits(Transaction tx, Clock clock, ChangeFeed feed) {
        this.tx = tx;
        this.clock = clock;
        this.feed = feed;
    }

    Folder create(FolderPath path) {
        FolderRules.notRoot(path, "create");
        return tx.write("cannot create folder " + path, (c, actor) -> {
            if (state(c, path).filter(deleted -> !deleted).isPresent()) throw FolderRules.taken(path);
            Instant now = clock.instant();
            new AssetWriter(c).folders(path, now);
            new AssetWriter(c).audit(now, actor, "folder.create", null, path.value());
            try (PreparedStatement st = c.prepareStatement("SELECT created_at FROM folder WHERE path = ?")) {
                st.setString(1, path.value());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new Folder(path, Instant.ofEpochMilli(rs.getLong(1)));
                }
            }
        });
    }

    FolderMove move(FolderPath from, FolderPath to) {
        FolderRules.checkMove(from, to);
        List<AssetId> moved = new ArrayList<>();
        FolderMove result = tx.write("cannot move folder " + from + " to " + to, (c, actor) -> {
            if (state(c, from).filter(deleted -> !deleted).isEmpty()) throw FolderRules.missing(from);
            if (state(c, to).isPresent()) throw FolderRules.taken(to);
            Instant now = clock.instant();
            AssetWriter w = new AssetWriter(c);
            w.folders(to.parent(), now);
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT path, created_at, deleted FROM folder WHERE path >= ? AND path < ? ORDER BY path")) {
                st.setString(1, from.value());
                st.setString(2, upper(from));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) rows.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getInt(3)});
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO folder (path, parent, created_at, deleted) VALUES (?, ?, ?, ?)")) {
                for (Object[] r : rows) {
                    FolderPath target = FolderRules.rebased(new FolderPath((String) r[0]), from, to);
                    st.setString(1, target.value());
                    st.setString(2, target.parent().value());
                    st.setLong(3, (Long) r[1]);
                    st.setInt(4, (Integer) r[2]);
                    st.executeUpdate();
                }
            }
            moved.addAll(ids(c, from));
            // substr counts characters (code points) in SQLite, not UTF-16 units.
            int keep = from.value().codePointCount(0, from.value().length()) + 1;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO audit (at, actor, action, asset_id, detail) "
                    + "SELECT ?, ?, 'move', id, folder || name || ' -> ' || ? || substr(folder, ?) || name "
                    + "FROM asset WHERE folder >= ? AND folder < ? ORDER BY seq")) {
                st.setLong(1, now.toEpochMilli());
                st.setString(2, actor);
                st.setString(3, to.value());
                st.setInt(4, keep);
                st.setString(5, from.value());
                st.setString(6, upper(from));
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE asset SET folder = ? || substr(folder, ?), updated_at = ? WHERE folder >= ? AND folder < ?")) {
                st.setString(1, to.value());
                st.setInt(2, keep);
                st.setLong(3, now.toEpochMilli());
                st.setString(4, from.value());
                st.setString(5, upper(from));
                st.executeUpdate();
            }
            // Foreign keys are checked at the end of the statement, so one DELETE takes the whole old subtree.
            try (PreparedStatement st = c.prepareStatement("DELETE FROM folder WHERE path >= ? AND path < ?")) {
                st.setString(1, from.value());
                st.setString(2, upper(from));
                st.executeUpdate();
            }
            w.audit(now, actor, "folder.move", null, from + " -> " + to + " (" + rows.size() + " folders, " + moved.size() + " assets)");
            return new FolderMove(from, to, rows.size(), moved.size());
        });
        if (!moved.isEmpty()) feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, moved));
        return result;
    }

    int delete(FolderPath folder, boolean recursive) {
        FolderRules.notRoot(folder, "delete");
        List<AssetId> trashed = new ArrayList<>();
        tx.write("cannot delete folder " + folder, (c, actor) -> {
            if (state(c, folder).filter(deleted -> !deleted).isEmpty()) throw FolderRules.missing(folder);
            long subfolders = count(c, "SELECT count(*) FROM folder WHERE path > ? AND path < ? AND deleted = 0", folder);
            List<AssetId> active = ids(c, folder, "AND trashed = 0");
            if (!recursive && (subfolders > 0 || !active.isEmpty())) {
                throw new io.mediadesk.library.InvalidValueException("folder", "notEmpty", "folder " + folder + " holds "
                        + subfolders + " folders and " + active.size() + " assets; delete them first or use --recursive");
            }
            Instant now = clock.instant();
            try (PreparedStatement st = c.prepareStatement("INSERT INTO audit (at, actor, action, asset_id, detail) "
                    + "SELECT ?, ?, 'trash', id, 'folder.delete ' || ? FROM asset WHERE folder >= ? AND folder < ? AND trashed = 0 "
                    + "ORDER BY seq")) {
                st.setLong(1, now.toEpochMilli());
                st.setString(2, actor);
                st.setString(3, folder.value());
                st.setString(4, folder.value());
                st.setString(5, upper(folder));
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE asset SET trashed = 1, updated_at = ? WHERE folder >= ? AND folder < ? AND trashed = 0")) {
                st.setLong(1, now.toEpochMilli());
                st.setString(2, folder.value());
                st.setString(3, upper(folder));
                st.executeUpdate();
            }
            // A folder that (below it) still holds trashed assets is hidden; the rest go.
            try (PreparedStatement st = c.prepareStatement("UPDATE folder SET deleted = 1 WHERE path >= ? AND path < ? "
                    + "AND EXISTS (SELECT 1 FROM asset a WHERE a.folder >= folder.path AND a.folder < substr(folder.path, 1, "
                    + "length(folder.path) - 1) || '0')")) {
                st.setString(1, folder.value());
                st.setString(2, upper(folder));
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM folder WHERE path >= ? AND path < ? AND deleted = 0")) {
                st.setString(1, folder.value());
                st.setString(2, upper(folder));
                st.executeUpdate();
            }
            new AssetWriter(c).audit(now, actor, "folder.delete", null, folder + (recursive ? " (recursive, " + active.size()
                    + " assets to the trash)" : ""));
            trashed.addAll(active);
            return null;
        });
        if (!trashed.isEmpty()) feed.publish(new LibraryChange(LibraryChange.Kind.TRASHED, trashed));
        return trashed.size();
    }

    /** Empty when there is no such folder; otherwise whether it is deleted (hidden). */
    private static Optional<Boolean> state(Connection c, FolderPath path) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT deleted FROM folder WHERE path = ?")) {
            st.setString(1, path.value());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1) == 1) : Optional.empty();
            }
        }
    }

    /** The first path after {@code folder}'s subtree: {@code /a/} -> {@code /a0}. */
    static String upper(FolderPath folder) {
        String v = folder.value();
        return v.substring(0, v.length() - 1) + "0";
    }

    private static List<AssetId> ids(Connection c, FolderPath folder) throws SQLException {
        return ids(c, folder, "");
    }

    private static List<AssetId> ids(Connection c, FolderPath folder, String more) throws SQLException {
        List<AssetId> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM asset WHERE folder >= ? AND folder < ? " + more + " ORDER BY seq")) {
            st.setString(1, folder.value());
            st.setString(2, upper(folder));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(AssetId.of(rs.getString(1)));
            }
        }
        return out;
    }

    private static long count(Connection c, String sql, FolderPath folder) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, folder.value());
            st.setString(2, upper(folder));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
