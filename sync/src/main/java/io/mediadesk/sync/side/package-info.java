/**
 * The sync's two ports on real things: {@link LibraryLocalSide} over the library's repository and
 * originals, {@link ClientRemoteSide} over the REST client. Content moves through temp files
 * ({@link FileContent}) hashed while written, never under a final name until verified.
 */
package io.mediadesk.sync.side;
