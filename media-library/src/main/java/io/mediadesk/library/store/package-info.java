/**
 * The catalog port and how to reach it. Adapters live in sub-packages named for their technology
 * ({@code sqlite}, {@code mongo}); they alone may touch JDBC or the MongoDB driver, and they
 * translate store errors into {@link io.mediadesk.library.LibraryException}s once, at the edge.
 */
package io.mediadesk.library.store;
