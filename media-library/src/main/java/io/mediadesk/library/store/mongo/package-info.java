/**
 * The team catalog on MongoDB, through the official Java driver. Designed for a replica set:
 * single-document atomic updates with a version field for optimistic concurrency, no
 * multi-document transactions, indexes declared in one place. Only this package touches the driver.
 */
package io.mediadesk.library.store.mongo;
