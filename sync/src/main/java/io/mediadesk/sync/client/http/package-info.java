/**
 * The HTTP mechanics under the client: one shared {@code OkHttpClient} with interceptors for auth,
 * user agent, redacting logs and rate-limit pacing; the retry loop (capped attempts, full-jitter
 * backoff, a retry budget, 429 waits, reconciliation of creates whose answer was lost); bounded
 * JSON reading; and the mapping of answers to the error kinds of
 * {@code io.mediadesk.sync.client.error}. Time and randomness come in through
 * {@link io.mediadesk.sync.client.http.TimeSource} and a {@code RandomGenerator}, so tests run the
 * whole retry policy without sleeping. Depends on OkHttp, Jackson, the credential package and the
 * error package.
 */
package io.mediadesk.sync.client.http;
