package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.LibraryException;
import io.mediadesk.library.store.MigrationListener;
import io.mediadesk.library.store.MigrationProgress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations. {@code PRAGMA user_version} records the last one applied; each runs
 * in its own transaction, so a crash mid-migration leaves the previous version intact and the next
 * open applies it again from the start (an upgrade across several versions resumes at the first one
 * not committed). A catalog newer than this build is refused rather than guessed at. Version 1 is {@link V1}, version 2 (the sync records) {@link V2},
 * version 3 (presets with their history, saved searches) {@link V3},
 * version 4 (ratings and colour labels) {@link V4},
 * version 5 (asset versions) {@link V5},
 * version 6 (tags carry their asset's sort key; the words table for HAS) {@link V6}.
 *
 * <p>An upgrade of an existing catalog reports its progress to a {@link MigrationListener}; creating
 * a new one (version 0) does not, as there is nothing to wait for.
 */
final class Migrations {
    /** Index i holds the step that takes the schema from version i to i + 1. */
    private static final List<Step> STEPS = List.of(
            new Statements("the catalog's tables", V1.STATEMENTS),
            new Statements("sync records", V2.STATEMENTS),
            new Statements("presets and saved searches", V3.STATEMENTS),
            new Statements("ratings and colour labels", V4.STATEMENTS),
            new Statements("asset versions", V5.STATEMENTS),
            V6.STEP);

    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    /** One schema version's change, applied inside the transaction that also sets {@code user_version}. */
    interface Step {
        /** What the version adds, for people: "asset versions". */
        String description();

        void apply(Connection connection, Progress progress) throws SQLException;
    }

    /** A version made of a few statements: progress is counted in statements. */
    record Statements(String description, List<String> sql) implements Step {
        @Override
        public void apply(Connection connection, Progress progress) throws SQLException {
            progress.report(0, sql.size(), "steps");
            try (Statement st = connection.createStatement()) {
                for (int i = 0; i < sql.size(); i++) {
                    st.execute(sql.get(i));
                    progress.report(i + 1, sql.size(), "steps");
                }
            }
        }
    }

    /** Progress of one version, handed to the listener with the version's number and description. */
    static final class Progress {
        private final MigrationListener listener;
        private final int schema;
        private final String step;

        Progress(MigrationListener listener, int schema, String step) {
            this.listener = listener;
            this.schema = schema;
            this.step = step;
        }

        /** The same version's next step, e.g. the indexes built after a fill: its own count from 0. */
        Progress next(String nextStep) {
            return new Progress(listener, schema, nextStep);
        }

        void report(long done, long total, String unit) {
            listener.progress(new MigrationProgress(schema, step, done, total, unit));
        }
    }

    static int migrate(Connection connection) throws SQLException {
        return migrate(connection, MigrationListener.NONE);
    }

    static int migrate(Connection connection, MigrationListener listener) throws SQLException {
        int current = userVersion(connection);
        if (current > LATEST) {
            throw new LibraryException("this catalog has schema version " + current
                    + ", newer than this Mediadesk understands (" + LATEST + "); update Mediadesk");
        }
        MigrationListener told = current == 0 ? MigrationListener.NONE : listener;
        for (int v = current; v < LATEST; v++) {
            apply(connection, v, told);
        }
        return LATEST;
    }

    private static void apply(Connection connection, int from, MigrationListener listener) throws SQLException {
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Step step = STEPS.get(from);
        try (Statement st = connection.createStatement()) {
            step.apply(connection, new Progress(listener, from + 1, step.description()));
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
