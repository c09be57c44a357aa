package io.mediadesk.sync.plan;

import java.util.Map;
import java.util.Objects;

/**
 * The brakes' settings, and how conflicts are settled.
 *
 * @param maxDeletePercent deleting more than this share of the synced files on either side needs confirmation
 * @param maxDeletes deleting more than this many files in one run needs confirmation
 * @param confirmed a person said yes ({@code --yes}): overridable brakes let the plan run
 * @param resolutions a person's choice per conflict: by item key ({@link ItemPlan#key()}) for assets, by
 *     subject ({@code preset NAME}) for settings
 * @param prefer the choice for every conflict not in {@code resolutions} ({@code sync --prefer});
 *     {@link Resolution#KEEP_BOTH} is the planner's own rule
 */
public record PlanOptions(int maxDeletePercent, int maxDeletes, boolean confirmed, Map<String, Resolution> resolutions,
        Resolution prefer) {
    public static final PlanOptions DEFAULTS = new PlanOptions(50, 100, false);

    public PlanOptions {
        resolutions = Map.copyOf(resolutions);
        Objects.requireNonNull(prefer, "prefer");
    }

    public PlanOptions(int maxDeletePercent, int maxDeletes, boolean confirmed) {
        this(maxDeletePercent, maxDeletes, confirmed, Map.of(), Resolution.KEEP_BOTH);
    }

    public PlanOptions withConfirmed(boolean value) {
        return new PlanOptions(maxDeletePercent, maxDeletes, value, resolutions, prefer);
    }

    /** The choices a person made, by item key or settings subject (replaces earlier ones). */
    public PlanOptions withResolutions(Map<String, Resolution> value) {
        return new PlanOptions(maxDeletePercent, maxDeletes, confirmed, value, prefer);
    }

    public PlanOptions withPrefer(Resolution value) {
        return new PlanOptions(maxDeletePercent, maxDeletes, confirmed, resolutions, value);
    }

    /** What settles the conflict of {@code key}: the person's choice for it, else {@link #prefer}. */
    public Resolution resolution(String key) {
        return resolutions.getOrDefault(key, prefer);
    }
}
