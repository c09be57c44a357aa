package io.mediadesk.sync.plan;

/**
 * Why a plan must not run. An overridable refusal (too many deletions) runs once a person confirms
 * ({@code sync --yes}); the others (a side that looks empty) never turn into deletes at all.
 */
public record Refusal(boolean overridable, String reason) {
}
