/**
 * The pure half of a sync: {@link SyncPlanner} compares the local, remote and base snapshots and
 * answers a {@link SyncPlan}, data that prints as the dry run and is stored as golden text in the
 * scenario tests. The conflict rules, the path rules and the deletion brakes all live here, free
 * of I/O, so thousands of seeded runs a minute can check them. Depends on {@code sync.snapshot} only.
 */
package io.mediadesk.sync.plan;
