package io.mediadesk.library.asset;

import java.time.Instant;
import java.util.Optional;

/**
 * One content of an asset: what its bytes were (SHA-256, size, pixel size, format, alpha,
 * orientation, perceptual hash), since when and by whom. Versions are numbered 1..n; the newest is
 * the asset's current content. Replacing or restoring content adds a version and never rewrites an
 * older one, and the original of every version stays in the library's content-addressed folder.
 *
 * <p>An asset whose content was never replaced (every asset of a catalog made before schema 5, and
 * every new import) has no stored version: its one implicit version 1 is its current content, made
 * at {@link Asset#createdAt()}, with no actor (the audit trail's {@code add} line says who). The
 * first replace stores that version 1 and the new version 2.
 *
 * @param actor who made it, absent for the implicit first version
 */
public record AssetVersion(int number, String contentHash, long size, int width, int height, String format, boolean hasAlpha,
        int orientation, Optional<Long> perceptualHash, Instant createdAt, Optional<String> actor) {

    public AssetVersion {
        if (number < 1) throw new IllegalArgumentException("version numbers start at 1: " + number);
    }

    /** The implicit version 1 of an asset that was never replaced: its current content. */
    public static AssetVersion first(Asset a) {
        return of(1, a, a.createdAt(), Optional.empty());
    }

    /** {@code a}'s content as version {@code number}. */
    public static AssetVersion of(int number, Asset a, Instant at, Optional<String> actor) {
        return new AssetVersion(number, a.contentHash(), a.size(), a.width(), a.height(), a.format(), a.hasAlpha(),
                a.orientation(), a.perceptualHash(), at, actor);
    }

    /** {@code current} with this version's content: the bytes facts recorded here and the embedded metadata the store kept with them. */
    public Asset applyTo(Asset current, EmbeddedMetadata embedded) {
        return new Asset(current.id(), current.folder(), current.name(), contentHash, size, width, height, format, hasAlpha,
                orientation, perceptualHash, current.tags(), current.customMetadata(), current.customCoordinates(),
                embedded, current.createdAt(), current.updatedAt(), current.trashed(), current.remoteId(),
                current.syncState(), current.rating(), current.label());
    }
}
