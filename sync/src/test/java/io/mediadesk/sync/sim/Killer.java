package io.mediadesk.sync.sim;

/**
 * Counts the effects a run makes (every write on either side and in the ledger) and kills the
 * process at the chosen one; also moves the simulated clock, so leases age as work happens.
 */
final class Killer {
    private final SimClock clock;
    private long ticks;
    private long killAt = -1;
    int kills;
    /** After a kill nothing of the process runs any more (not even a finally block's writes) until the restart. */
    private boolean dead;

    Killer(SimClock clock) {
        this.clock = clock;
    }

    void armAt(long tickFromNow) {
        killAt = ticks + tickFromNow;
    }

    void disarm() {
        killAt = -1;
    }

    void restart() {
        dead = false;
    }

    boolean dead() {
        return dead;
    }

    void tick() {
        if (dead) throw new Killed();
        ticks++;
        clock.advanceMillis(200);
        if (ticks == killAt) {
            killAt = -1;
            kills++;
            dead = true;
            throw new Killed();
        }
    }
}
