/**
 * The embedded catalog: one SQLite file in the library folder (xerial sqlite-jdbc), in WAL mode
 * with foreign keys on. Schema changes are numbered migrations recorded in {@code user_version}.
 * Only this package touches JDBC for the catalog.
 */
package io.mediadesk.library.store.sqlite;
