/**
 * The seeded simulation of sync (Dropbox's CanopyCheck and Trinity): the real planner, executor
 * and session against in-memory sides, with random libraries, random edits on both sides, random
 * faults, kills between any two steps and shuffled orders, all drawn from one seed.
 */
package io.mediadesk.sync.sim;
