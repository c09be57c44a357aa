/**
 * The three snapshots a sync compares, as plain data: the library's assets ({@link LocalSnapshot}),
 * the account's files ({@link RemoteSnapshot}) and the last state both sides agreed on
 * ({@link BaseSnapshot}), each keyed by id with paths as attributes. No I/O here and no types of
 * the client or the store: the planner and the simulation work on these records alone.
 */
package io.mediadesk.sync.snapshot;
