package io.mediadesk.sync.plan;

import io.mediadesk.sync.snapshot.BaseEntry;

/**
 * What the base holds for an item once all its steps succeeded. A {@link Put}'s entry is a draft:
 * the run fills in what only the steps learn (the version id an upload made, the hash of a
 * download) before it stores it.
 */
public sealed interface BaseOutcome {

    /** Nothing both sides agree on changed. */
    record Keep() implements BaseOutcome {
    }

    record Put(BaseEntry draft) implements BaseOutcome {
    }

    /** Gone from both sides: the pairing ends. */
    record Forget(String localId) implements BaseOutcome {
    }
}
