/**
 * The local stand-in of the hosted service: a real, stateful HTTP server on loopback that answers
 * like the REST API, upload API and delivery URLs written down in the shared spec
 * ({@code spec/imagekit.md}), with switchable faults for tests. It ships with the app for
 * {@code mediadesk sandbox}.
 *
 * <p>It is an independent implementation of the spec on purpose: it shares no code with the REST
 * client of this module, so a client that misreads the spec fails against it. Depends on the JDK's
 * {@code com.sun.net.httpserver}, Jackson, and the engine (header probe, transformation parser,
 * renderer) for delivery URLs; no OkHttp, no JavaFX.
 *
 * <p>Where the spec is silent or marks a point open, these are the sandbox's choices (each is in
 * the class that makes it, easy to change): a missing or wrong key is 401; bulk calls answer 404
 * with {@code missingFileIds} when every id is unknown and 207 when only some are; the monthly purge
 * quota answers 403 {@code PURGE_QUOTA_EXCEEDED}; renames issue their own {@code <old url>*} purge
 * without the users' wildcard rules; creating a named transformation answers 201; folder jobs
 * change the state at once and only their status reads Pending; restoring a version makes it
 * current without creating a new one; a URL with both a {@code tr:} segment and {@code ?tr=} runs
 * the path's steps first; the upload answer carries {@code tags}, {@code customMetadata} and the
 * other "send in responseFields" fields only when asked; upload {@code extensions},
 * {@code transformation} and {@code checks}, and {@code file} given as a URL, are refused with 400
 * because the sandbox runs no such services and fetches nothing.
 */
package io.mediadesk.sync.sandbox;
