/**
 * Bulk CDN cache purge (spec 4; reliability.md row 49). {@link io.mediadesk.sync.purge.PurgePlanner}
 * (pure) turns URLs, a file of URLs, a folder, an asset or a preset into purge URLs checked against
 * the service's wildcard rules; {@link io.mediadesk.sync.purge.PurgeQueue} journals each URL's
 * progress (queued, sent, submitted with its request id, completed, failed) in an append-only
 * JSON-lines file, so a run killed at any point resumes without sending a finished one again;
 * {@link io.mediadesk.sync.purge.PurgeRunner} submits at the pace the rate-limit headers allow
 * (the client's pacing), polls each request until Completed with backoff, and can be cancelled;
 * {@link io.mediadesk.sync.purge.PurgeQuota} is the monthly quota, counted locally because the
 * service has no endpoint for it.
 */
package io.mediadesk.sync.purge;
