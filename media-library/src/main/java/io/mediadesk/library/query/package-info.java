/**
 * The service's searchQuery language (spec 3.2): {@link io.mediadesk.library.query.QueryParser}
 * turns text into a {@link io.mediadesk.library.query.Query} tree with typed operands, and
 * {@link io.mediadesk.library.query.QueryEvaluator} gives its reference meaning over records in
 * memory. Stores compile the tree themselves. Depends on the library's model only.
 */
package io.mediadesk.library.query;
