/**
 * The hosted service over REST: the client, delivery URLs, cache purge and the two-way sync of
 * the library and presets. Depends on the media library and the engine; the only module that may
 * touch OkHttp. No JavaFX.
 */
package io.mediadesk.sync;
