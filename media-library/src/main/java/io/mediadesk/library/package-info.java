/**
 * The media library: the folder on disk that holds a catalog, originals and thumbnails, and the
 * catalog's records. Depends on the engine only; storage technology stays behind the
 * {@link io.mediadesk.library.store.Catalog} port, in the adapters under {@code store.*}.
 */
package io.mediadesk.library;
