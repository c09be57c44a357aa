package io.mediadesk.sync.client.model;

/** A file version's id and display name ({@code "Version 2"}). */
public record VersionInfo(String id, String name) {
}
