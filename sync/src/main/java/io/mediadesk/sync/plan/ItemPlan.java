package io.mediadesk.sync.plan;

import java.util.List;
import java.util.Optional;

/**
 * Everything a plan does to one item (an asset, a service file, or the pair of them): its steps in
 * order, what the base holds afterwards, and its conflict and wait notes. Items are independent,
 * so a run may apply them in any order and in parallel.
 *
 * @param key the asset id, or {@code remote:<fileId>} for a file the library does not have yet
 * @param path where the item is, for sorting and printing
 * @param conflict both sides and the choices, when the item is a conflict a person may settle
 */
public record ItemPlan(String key, String path, List<Action> actions, BaseOutcome outcome, List<Note> notes,
        Optional<Conflict> conflict) {

    public ItemPlan {
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    public ItemPlan(String key, String path, List<Action> actions, BaseOutcome outcome, List<Note> notes) {
        this(key, path, actions, outcome, notes, Optional.empty());
    }

    /** Whether the item changes anything at all, the base included. */
    public boolean isEmpty() {
        return actions.isEmpty() && outcome instanceof BaseOutcome.Keep;
    }
}
