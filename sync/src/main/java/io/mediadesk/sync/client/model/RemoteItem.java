package io.mediadesk.sync.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One entry of a listing: a file (or file version) or a folder, told apart by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", visible = true, defaultImpl = RemoteFile.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = RemoteFile.class, names = {"file", "file-version"}),
    @JsonSubTypes.Type(value = RemoteFolder.class, name = "folder")})
public sealed interface RemoteItem permits RemoteFile, RemoteFolder {

    String name();

    /** The item's path in the media library ({@code /a/b.jpg} or {@code /a/b}). */
    String path();
}
