package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.LibraryException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations. {@code PRAGMA user_version} records the last one applied; each runs
 * in its own transaction, so a crash mid-migration leaves the previous version intact. A catalog
 * newer than this build is refused rather than guessed at. Version 1 is {@link V1}, version 2 (the sync records) {@link V2},
 * version 3 (presets with their history, saved searches) {@link V3},
 * version 4 (ratings and colour labels) {@link V4},
 * version 5 (asset versions) {@link V5},
 * version 6 (tags carry their asset's sort key; the words table for HAS) {@link V6}.
 */
final class Migrations {
    /** Index i holds the statements that take the schema from version i to i + 1. */
    private static final List<List<String>> STEPS = List.of(V1.STATEMENTS, V2.STATEMENTS, V3.STATEMENTS, V4.STATEMENTS,
            V5.STATEMENTS, V6.STATEMENTS);

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    static int migrate(Connection connection) throws SQLException {
        int current = userVersion(connection);
        if (current > LATEST) {
            throw new LibraryException("this catalog has schema version " + current
                    + ", newer than this Mediadesk understands (" + LATEST + "); update Mediadesk");
        }
        for (int v = current; v < LATEST; v++) {
            apply(connection, v);
        }
        return LATEST;
    }

    private static void apply(Connection connection, int from) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : STEPS.get(from)) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = " + (from + 1));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
