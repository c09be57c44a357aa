package io.mediadesk.sync.client.model;

/** A tag an AI extension added, with its confidence and source ({@code google-auto-tagging}...). */
public record AiTag(String name, Double confidence, String source) {
}
