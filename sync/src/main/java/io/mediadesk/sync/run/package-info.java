/**
 * The effects half of a sync: {@link SyncSession} takes the lease, observes both sides through
 * their ports ({@link LocalSide}, {@link RemoteSide}), settles what a killed run left in the
 * journal ({@link Recovery}), plans with the pure planner and runs the plan with
 * {@link SyncExecutor}, which journals each step, advances the base after each item and collects
 * failures per item. Depends on {@code sync.plan}, {@code sync.snapshot} and the library's
 * {@code SyncLedger} port; the adapters live in {@code sync.side}.
 */
package io.mediadesk.sync.run;
