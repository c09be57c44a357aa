package io.mediadesk.sync.sim;

/** The simulation's kill -9: an Error, so nothing in the executor catches it, as nothing survives a real one. */
final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed() {
        super("killed by the simulation", null, false, false);
    }
}
