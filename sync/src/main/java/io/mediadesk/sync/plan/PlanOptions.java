package io.mediadesk.sync.plan;

/**
 * The brakes' settings.
 *
 * @param maxDeletePercent deleting more than this share of the synced files on either side needs confirmation
 * @param maxDeletes deleting more than this many files in one run needs confirmation
 * @param confirmed a person said yes ({@code --yes}): overridable brakes let the plan run
 */
public record PlanOptions(int maxDeletePercent, int maxDeletes, boolean confirmed) {
    public static final PlanOptions DEFAULTS = new PlanOptions(50, 100, false);

    public PlanOptions withConfirmed(boolean value) {
        return new PlanOptions(maxDeletePercent, maxDeletes, value);
    }
}
