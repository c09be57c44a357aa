package io.mediadesk.sync.sandbox;

/** A named transformation ({@code n-NAME} in delivery URLs), managed through {@code /v1/named-transformations}. */
final class NamedTransformation {
    String id;
    String name;
    String transformation;
    boolean enabled = true;
    String createdAt;
}
