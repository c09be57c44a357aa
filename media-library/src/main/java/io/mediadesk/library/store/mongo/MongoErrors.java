package io.mediadesk.library.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import io.mediadesk.library.LibraryException;
import java.util.function.Supplier;

/**
 * The driver's failures translated once into the library's exceptions. Every call of the adapter
 * goes through {@link #translated}; only duplicate keys are looked at where they happen, because
 * only the writer knows whether the key was a path, an id or a field name.
 */
final class MongoErrors {
    private MongoErrors() {
    }

    static <T> T translated(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (MongoException e) {
            throw translate(what, e);
        }
    }

    static boolean duplicateKey(MongoException e) {
        if (e instanceof MongoWriteException w) return w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        if (e instanceof MongoBulkWriteException b) {
            return b.getWriteErrors().stream().anyMatch(x -> ErrorCategory.fromErrorCode(x.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return e instanceof MongoServerException && ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    static LibraryException translate(String what, MongoException e) {
        if (e instanceof MongoTimeoutException || e instanceof MongoSocketException) {
            return new LibraryException(what + ": the server did not answer within 5 s (is it running and reachable?)", e);
        }
        if (e instanceof MongoSecurityException || e.getCode() == 13 || e.getCode() == 18) {
            return new LibraryException(what + ": authentication failed or not allowed; check the user and password in --library-uri", e);
        }
        if (e instanceof MongoExecutionTimeoutException) {
            return new LibraryException(what + ": the server gave up on the operation (time limit); try a narrower query", e);
        }
        if (duplicateKey(e)) {
            return new LibraryException(what + ": it already exists", e);
        }
        return new LibraryException(what + ": " + e.getMessage(), e);
    }
}
