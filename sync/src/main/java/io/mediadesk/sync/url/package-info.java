/**
 * Delivery URLs on the account's URL endpoint: the path form {@code <endpoint>/tr:<tr>/<path>}, the
 * query form {@code <endpoint>/<path>?tr=<tr>}, and signed URLs exactly as the service checks them
 * (spec §6.3). Pure string work: no network, no OkHttp. The transformation string is taken as
 * given; callers that want it validated parse it with the engine first. Depends on
 * {@code io.mediadesk.sync.credential} for signing.
 */
package io.mediadesk.sync.url;
