package io.mediadesk.sync.plan;

import java.util.List;

/**
 * Everything a plan does to one item (an asset, a service file, or the pair of them): its steps in
 * order, what the base holds afterwards, and its conflict and wait notes. Items are independent,
 * so a run may apply them in any order and in parallel.
 *
 * @param key the asset id, or {@code remote:<fileId>} for a file the library does not have yet
 * @param path where the item is, for sorting and printing
 */
public record ItemPlan(String key, String path, List<Action> actions, BaseOutcome outcome, List<Note> notes) {

    public ItemPlan {
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    /** Whether the item changes anything at all, the base included. */
    public boolean isEmpty() {
        return actions.isEmpty() && outcome instanceof BaseOutcome.Keep;
    }
}
