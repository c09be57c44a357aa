package io.mediadesk.library.ingest;

import io.mediadesk.library.asset.FolderPath;

/**
 * How to import.
 *
 * @param target the library folder the inputs land in; a folder input keeps its own name below it
 * @param thumbnails make the 256 and 1024 px thumbnails now (the CLI does; the window may defer them)
 * @param keywordsAsTags add the file's IPTC/XMP keywords as tags (those that are valid tags)
 * @param nearDuplicateDistance the largest perceptual-hash distance (of 64 bits) flagged as a
 *     near-duplicate; 6 finds re-saved and resized copies without flagging merely similar photos
 */
public record ImportOptions(FolderPath target, boolean thumbnails, boolean keywordsAsTags, int nearDuplicateDistance) {
    public static final ImportOptions DEFAULT = new ImportOptions(FolderPath.root(), true, true, 6);

    public ImportOptions {
        if (nearDuplicateDistance < 0 || nearDuplicateDistance > 64) {
            throw new IllegalArgumentException("near-duplicate distance must be 0-64, was " + nearDuplicateDistance);
        }
    }

    public ImportOptions withTarget(FolderPath folder) {
        return new ImportOptions(folder, thumbnails, keywordsAsTags, nearDuplicateDistance);
    }

    public ImportOptions withThumbnails(boolean value) {
        return new ImportOptions(target, value, keywordsAsTags, nearDuplicateDistance);
    }
}
