package io.mediadesk.sync.run;

import io.mediadesk.sync.plan.SyncPlan;

/** A sync's plan and what running it did; a refused plan ran nothing. */
public record SyncOutcome(SyncPlan plan, SyncReport report) {

    public boolean refused() {
        return plan.refusal().isPresent();
    }
}
