package io.mediadesk.sync.client.model;

/**
 * The account's usage between two dates ({@code GET /v1/accounts/usage}). Every figure is optional
 * in the service's schema: null when the answer left it out.
 *
 * @param bandwidthBytes bytes delivered in the range
 * @param mediaLibraryStorageBytes bytes the media library stores (now)
 * @param videoProcessingUnitsCount video processing units used in the range
 * @param extensionUnitsCount extension units (auto-tagging, background removal...) used in the range
 * @param originalCacheStorageBytes bytes the original cache stores (now)
 */
public record AccountUsage(Long bandwidthBytes, Long mediaLibraryStorageBytes, Long videoProcessingUnitsCount,
        Long extensionUnitsCount, Long originalCacheStorageBytes) {
}
