package io.mediadesk.sync.run;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.RemoteEntry;
import io.mediadesk.sync.snapshot.RemoteSnapshot;

/**
 * The account as a sync sees it: the REST client in the app, a map with a fault schedule in the
 * simulation. A failure is an exception; retries and rate limits are the client's business.
 */
public interface RemoteSide {

    /** The whole listing, or an exception: never a partial one. */
    RemoteSnapshot snapshot();

    /**
     * Uploads {@code content} to {@code path}. A new file refuses a taken path; a new version goes to
     * the file at that path. Sends {@code attributes} with it, since an upload over a file drops what
     * it does not repeat.
     */
    RemoteEntry upload(String path, Content content, Attributes attributes, boolean newFile);

    RemoteEntry move(String id, String from, String to);

    /** Sets attributes to {@code to}; {@code from} says which fields to clear. */
    RemoteEntry update(String id, Attributes from, Attributes to);

    void delete(String id);

    /** The ids of the file's versions other than the current one, oldest first. */
    java.util.List<String> olderVersions(String id);

    /** One version's content, staged out of sight. */
    Content downloadVersion(String id, String versionId);

    /** The file's current content, staged out of sight; the caller verifies it before use. */
    Content download(String id);
}
