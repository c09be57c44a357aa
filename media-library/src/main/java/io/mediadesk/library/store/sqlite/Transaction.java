package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.store.Actor;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one way this adapter touches its connection: a read, or a write that commits as a whole or
 * rolls back. SQL errors are translated here, once, into library exceptions.
 */
final class Transaction {

    @FunctionalInterface
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Write<T> {
        T run(Connection c, String actor) throws SQLException;
    }

    private final Connection connection;
    private final Actor actor;

    Transaction(Connection connection, Actor actor) {
        this.connection = connection;
        this.actor = actor;
    }

    /** The same connection (and its lock), writing as {@code other}. */
    Transaction as(Actor other) {
        return new Transaction(connection, other);
    }

    <T> T read(String what, Read<T> work) {
        synchronized (connection) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw SqliteErrors.translate(what, e);
            }
        }
    }

    <T> T write(String what, Write<T> work) {
        synchronized (connection) {
            try {
                connection.setAutoCommit(false);
                T result = work.run(connection, actor.name());
                connection.commit();
                return result;
            } catch (SQLException e) {
                rollback(e);
                throw SqliteErrors.translate(what, e);
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            } finally {
                restoreAutoCommit();
            }
        }
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw SqliteErrors.translate("cannot end a transaction", e);
        }
    }
}
