package io.mediadesk.sync.client.model;

/**
 * A named transformation ({@code n-<name>} in URLs, spec §5); {@code transformation} has no
 * {@code tr:} prefix.
 */
public record NamedTransformation(String id, String name, String transformation, Boolean enabled, String createdAt) {
}
