package io.mediadesk.desktop.library;

/**
 * One line of a completion popup: the field's whole text once it is chosen, and what the line
 * shows ({@code summer-sale · 1,204} for a tag with its count, {@code "customMetadata.brand" · Brand}).
 */
public record Completion(String text, String label) {
    @Override
    public String toString() {
        return label;
    }
}
