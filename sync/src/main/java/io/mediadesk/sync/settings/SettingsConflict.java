package io.mediadesk.sync.settings;

import io.mediadesk.sync.plan.Resolution;
import java.util.List;
import java.util.Optional;

/**
 * A settings conflict with both sides, for a person to compare: a preset ({@code preset NAME}, its
 * transformation on each side) or a field definition ({@code field NAME}, its type and rules). A
 * preset's choice goes back through {@link io.mediadesk.sync.plan.PlanOptions#withResolutions} under
 * {@link #subject()}. A field has no choice here ({@link #choices()} is empty): the service never
 * changes a field's type, so a person makes the two agree and syncs again.
 *
 * @param library the library's text, empty when the library deleted it
 * @param service the service's text, empty when the service deleted it
 * @param base what both last agreed on, empty when they never did
 */
public record SettingsConflict(String subject, Optional<String> library, Optional<String> service, Optional<String> base,
        List<Resolution> choices, Resolution byDefault, Resolution chosen, String text) {

    public SettingsConflict {
        choices = List.copyOf(choices);
    }

    /** A decide line: nothing the sync can choose. */
    public boolean needsDecision() {
        return choices.isEmpty();
    }
}
