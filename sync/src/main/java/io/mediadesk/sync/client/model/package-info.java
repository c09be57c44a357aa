/**
 * The service's JSON as Java records (spec §2-5), and the requests callers build. Field names
 * follow the service's JSON; unknown fields are ignored on reading, absent ones are null. Dates
 * stay ISO 8601 strings with an {@code Instant} accessor, so an odd date never fails a whole
 * listing. Depends on Jackson annotations only.
 */
package io.mediadesk.sync.client.model;
