/**
 * The REST client of the hosted service (spec §1-5): {@link io.mediadesk.sync.client.ImageKitClient}
 * and one resource class per part of the API (files, uploads, versions, folders, custom metadata
 * fields, named transformations, purge). Callers see typed records from
 * {@code io.mediadesk.sync.client.model} and the exceptions of {@code io.mediadesk.sync.client.error};
 * the HTTP mechanics (OkHttp, retries, pacing) stay in {@code io.mediadesk.sync.client.http}.
 */
package io.mediadesk.sync.client;
