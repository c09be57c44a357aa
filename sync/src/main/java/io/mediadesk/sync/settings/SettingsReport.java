package io.mediadesk.sync.settings;

import io.mediadesk.sync.run.ItemFailure;
import java.util.List;

/** What a settings run did: steps applied (base-only ones included) and the steps that failed. */
public record SettingsReport(int applied, List<ItemFailure> failures) {
    public static final SettingsReport NOTHING = new SettingsReport(0, List.of());

    public SettingsReport {
        failures = List.copyOf(failures);
    }
}
