/**
 * What can go wrong talking to the hosted service, in four kinds a caller can act on: the service
 * refused the request ({@link io.mediadesk.sync.client.error.ClientErrorException}, 4xx: fix the
 * input; {@link io.mediadesk.sync.client.error.AuthenticationException}: re-enter the key), the
 * service failed ({@link io.mediadesk.sync.client.error.ServerErrorException}, 5xx, and
 * {@link io.mediadesk.sync.client.error.RateLimitedException}: try later), the network failed
 * ({@link io.mediadesk.sync.client.error.TransportException}: try later) or the answer made no
 * sense ({@link io.mediadesk.sync.client.error.MalformedResponseException}: a bug or a proxy in the
 * way). Messages name the operation and the service's request id, never a key or a signature.
 * Depends only on {@code io.mediadesk.sync}.
 */
package io.mediadesk.sync.client.error;
