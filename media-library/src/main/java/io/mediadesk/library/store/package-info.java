/**
 * The store ports and how to reach them: {@link io.mediadesk.library.store.Catalog} (an open,
 * migrated store) and {@link io.mediadesk.library.store.AssetRepository} (the records, queried
 * with a {@link io.mediadesk.library.query.Query} tree, never SQL). Adapters live in sub-packages named for their technology
 * ({@code sqlite}, {@code mongo}); they alone may touch JDBC or the MongoDB driver, and they
 * translate store errors into {@link io.mediadesk.library.LibraryException}s once, at the edge.
 */
package io.mediadesk.library.store;
