package io.mediadesk.library.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit trail: what was done ({@code add}, {@code tag.add}, {@code trash}, ...),
 * when, by whom (the OS user running Mediadesk), to which asset, with a short detail.
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, Optional<String> assetId, String detail) {
}
