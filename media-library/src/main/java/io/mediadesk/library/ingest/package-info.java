/**
 * Import: files and folders from disk into the library. The {@link io.mediadesk.library.ingest.Importer}
 * probes each file through the engine, hashes it, stores the original content-addressed and
 * atomically through the library's {@link io.mediadesk.library.store.Originals} port (the folder
 * {@link io.mediadesk.library.ingest.OriginalStore}, or GridFS for a team catalog), adds it to the catalog in one
 * transaction, then makes thumbnails ({@link io.mediadesk.library.ingest.ThumbnailMaker}). Depends
 * on the engine (probe, decoder, perceptual hash, metadata reader, renderer, atomic writes) and on
 * the {@link io.mediadesk.library.store.AssetRepository} port, never on a store adapter.
 */
package io.mediadesk.library.ingest;
