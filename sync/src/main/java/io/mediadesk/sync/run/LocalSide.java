package io.mediadesk.sync.run;

import io.mediadesk.sync.snapshot.Attributes;
import io.mediadesk.sync.snapshot.LocalFile;
import io.mediadesk.sync.snapshot.LocalSnapshot;
import java.util.Optional;

/**
 * The library as a sync sees it: the library's assets and originals in the app, a map in the
 * simulation. Every write is atomic: it happens whole or not at all, and new content becomes
 * visible only once it is complete.
 */
public interface LocalSide {

    LocalSnapshot snapshot();

    /** The asset as it is now, trashed ones included: read again before a step overwrites it. */
    Optional<LocalFile> find(String id);

    /** The original's bytes, for an upload. */
    Content content(String id);

    /** A new asset with this id and path from verified content. */
    void create(String id, String path, Content content, Attributes attributes);

    /** New content for an asset. */
    void replaceContent(String id, Content content);

    void move(String id, String path);

    void setAttributes(String id, Attributes attributes);

    void trash(String id);

    void restore(String id);

    /**
     * Keeps verified bytes among the originals without an asset: where the versions of a service file
     * the library never held go before the sync deletes that file, so no version is lost.
     */
    void keep(Content content);

    /** Whether the library holds these bytes, as an asset's original (trash included) or kept. */
    boolean holds(String hash);
}
