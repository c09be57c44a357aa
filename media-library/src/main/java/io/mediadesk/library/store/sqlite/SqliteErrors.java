package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.LibraryException;
import io.mediadesk.library.LibraryInUseException;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** SQLite result codes translated once into the library's exceptions. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static LibraryException translate(String what, SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new LibraryInUseException(what + ": the catalog is locked by another program");
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new LibraryException(what + ": the catalog file is damaged or not a Mediadesk catalog", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return new LibraryException(what + ": the disk is full", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new LibraryException(what + ": the catalog cannot be written (read-only folder or missing permission)", e);
        }
        return new LibraryException(what + ": " + e.getMessage(), e);
    }
}
