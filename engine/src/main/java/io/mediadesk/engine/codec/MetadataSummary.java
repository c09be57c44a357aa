package io.mediadesk.engine.codec;

import java.util.Optional;

/**
 * What metadata the header carries, so {@code md}/{@code cp} can decide what to keep, and how big
 * the largest block is, so the gate can refuse metadata bombs before anything inflates them.
 *
 * @param largestBlockBytes the biggest single metadata block (EXIF, XMP, ICC, text chunk),
 *     counting a multi-segment ICC profile as one block
 */
public record MetadataSummary(boolean exif, boolean xmp, boolean icc, long largestBlockBytes, byte[] iccBytes) {
    static final MetadataSummary NONE = new MetadataSummary(false, false, false, 0, null);

    public MetadataSummary {
        iccBytes = iccBytes == null ? null : iccBytes.clone();
    }

    /** The embedded ICC profile, when the probe could collect it within its caps. */
    public Optional<byte[]> iccProfile() {
        return Optional.ofNullable(iccBytes).map(byte[]::clone);
    }

    @Override
    public byte[] iccBytes() {
        return iccBytes == null ? null : iccBytes.clone();
    }

    MetadataSummary withIcc(byte[] profile) {
        return new MetadataSummary(exif, xmp, true, Math.max(largestBlockBytes, profile.length), profile);
    }
}
