package io.mediadesk.library.asset;

import io.mediadesk.library.metadata.MetaValue;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One image in the library: where it is (folder and name, unique together), what its bytes are
 * (SHA-256, size, format, pixel size, alpha, EXIF orientation, perceptual hash), what people said
 * about it (tags, custom metadata, custom coordinates) and what the file said (embedded metadata).
 * Immutable; change it with the {@code with...} methods and hand it back to the repository.
 *
 * @param contentHash lowercase hex SHA-256 of the original's bytes; the original's file name
 * @param format the service's format word: {@code jpg}, {@code png}, {@code webp}, {@code gif}, ...
 * @param perceptualHash 64-bit dHash of the upright image, for near-duplicates
 * @param customCoordinates the service's {@code x,y,width,height} focus box, if set
 * @param trashed in the library's trash: hidden from searches, kept until the trash is emptied
 * @param remoteId the service's {@code fileId} once synced (reserved for sync)
 * @param rating 0 (unrated) to 5 stars; local to the library, see {@link Rating}
 * @param label a colour label; local to the library, see {@link ColourLabel}
 */
public record Asset(AssetId id, FolderPath folder, String name, String contentHash, long size, int width, int height,
        String format, boolean hasAlpha, int orientation, Optional<Long> perceptualHash, SortedSet<Tag> tags,
        SortedMap<String, MetaValue> customMetadata, Optional<String> customCoordinates, EmbeddedMetadata embedded,
        Instant createdAt, Instant updatedAt, boolean trashed, Optional<String> remoteId, SyncState syncState, int rating,
        ColourLabel label) {
    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    public Asset {
        FileName.check(name);
        if (contentHash == null || !SHA256.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("content hash must be 64 lowercase hex digits: " + contentHash);
        }
        if (size < 0 || width < 0 || height < 0) throw new IllegalArgumentException("negative size for " + name);
        tags = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        Tag.checkTotal(tags);
        customMetadata = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(customMetadata));
        Rating.check(rating);
        if (label == null) label = ColourLabel.NONE;
    }

    /** An asset without rating or label: the form written before they existed (import, sync). */
    public Asset(AssetId id, FolderPath folder, String name, String contentHash, long size, int width, int height,
            String format, boolean hasAlpha, int orientation, Optional<Long> perceptualHash, SortedSet<Tag> tags,
            SortedMap<String, MetaValue> customMetadata, Optional<String> customCoordinates, EmbeddedMetadata embedded,
            Instant createdAt, Instant updatedAt, boolean trashed, Optional<String> remoteId, SyncState syncState) {
        this(id, folder, name, contentHash, size, width, height, format, hasAlpha, orientation, perceptualHash, tags,
                customMetadata, customCoordinates, embedded, createdAt, updatedAt, trashed, remoteId, syncState, 0, ColourLabel.NONE);
    }

    /** The service's {@code filePath}: folder and name, {@code /summer/beach.jpg}. */
    public String filePath() {
        return folder.value() + name;
    }

    public Asset withTags(Collection<Tag> newTags) {
        return new Asset(id, folder, name, contentHash, size, width, height, format, hasAlpha, orientation, perceptualHash,
                new TreeSet<>(newTags), customMetadata, customCoordinates, embedded, createdAt, updatedAt, trashed, remoteId,
                syncState, rating, label);
    }

    public Asset withCustomMetadata(Map<String, MetaValue> values) {
        return new Asset(id, folder, name, contentHash, size, width, height, format, hasAlpha, orientation, perceptualHash,
                tags, new TreeMap<>(values), customCoordinates, embedded, createdAt, updatedAt, trashed, remoteId, syncState,
                rating, label);
    }

    public Asset withRating(int stars) {
        return new Asset(id, folder, name, contentHash, size, width, height, format, hasAlpha, orientation, perceptualHash,
                tags, customMetadata, customCoordinates, embedded, createdAt, updatedAt, trashed, remoteId, syncState, stars, label);
    }

    public Asset withLabel(ColourLabel colour) {
        return new Asset(id, folder, name, contentHash, size, width, height, format, hasAlpha, orientation, perceptualHash,
                tags, customMetadata, customCoordinates, embedded, createdAt, updatedAt, trashed, remoteId, syncState, rating, colour);
    }
}
