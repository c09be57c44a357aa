package io.mediadesk.library.store;

import io.mediadesk.library.LibraryException;
import io.mediadesk.library.store.mongo.MongoCatalog;
import io.mediadesk.library.store.sqlite.SqliteCatalog;
import java.nio.file.Path;

/** Where a catalog lives: a SQLite file in the library folder, or a MongoDB server. */
public sealed interface CatalogLocation {

    default Catalog open() {
        return open(MigrationListener.NONE);
    }

    /** Opens, telling {@code migrations} how an upgrade of an older schema goes (see {@link MigrationListener}). */
    Catalog open(MigrationListener migrations);

    static CatalogLocation embedded(Path libraryFolder) {
        return new Embedded(libraryFolder.resolve(SqliteCatalog.FILE_NAME));
    }

    /** Reads a {@code --library-uri}: only {@code mongodb://} and {@code mongodb+srv://} are catalogs. */
    static CatalogLocation parse(String uri) {
        if (uri.startsWith("mongodb://") || uri.startsWith("mongodb+srv://")) {
            return new Mongo(uri);
        }
        throw new LibraryException("unsupported catalog URI \"" + redactedUri(uri)
                + "\": use mongodb://host/db or mongodb+srv://host/db, or leave --library-uri out for the embedded catalog");
    }

    /** A URI for messages and logs: user information (a password) is never shown. */
    static String redactedUri(String uri) {
        return uri.replaceFirst("^([a-z+]+://)[^@/]*@", "$1***@");
    }

    record Embedded(Path file) implements CatalogLocation {
        @Override
        public Catalog open(MigrationListener migrations) {
            return SqliteCatalog.open(file, Actor.currentUser(), java.time.Clock.systemUTC(), migrations);
        }
    }

    record Mongo(String uri) implements CatalogLocation {
        @Override
        public Catalog open(MigrationListener migrations) {
            // Its indexes are declared at connect; there is no schema upgrade to report.
            return MongoCatalog.connect(uri);
        }

        @Override
        public String toString() {
            return "Mongo[" + redactedUri(uri) + "]";
        }
    }
}
