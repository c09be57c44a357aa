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
 */
package io.mediadesk.sync.sandbox;
