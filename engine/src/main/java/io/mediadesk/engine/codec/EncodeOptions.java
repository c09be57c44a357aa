package io.mediadesk.engine.codec;

import java.awt.Color;
import java.util.Optional;

/**
 * How to encode.
 *
 * @param quality 1-100, for JPEG and lossy WebP
 * @param progressive JPEG progressive scans (SOF2) instead of baseline (SOF0)
 * @param lossless WebP lossless (VP8L) instead of lossy (VP8)
 * @param background what transparent pixels become in formats without alpha (JPEG, BMP)
 * @param iccBytes an ICC profile to embed (JPEG APP2, PNG iCCP) for {@code md}/{@code cp};
 *     null writes none. EXIF and XMP are never written yet.
 */
public record EncodeOptions(int quality, boolean progressive, boolean lossless, Color background, byte[] iccBytes) {
    public static final EncodeOptions DEFAULT = new EncodeOptions(80, false, false, Color.WHITE, null);

    public EncodeOptions {
        if (quality < 1 || quality > 100) throw new IllegalArgumentException("quality must be 1-100, was " + quality);
        if (background == null) throw new IllegalArgumentException("background colour is required");
        iccBytes = iccBytes == null ? null : iccBytes.clone();
    }

    public EncodeOptions withQuality(int value) {
        return new EncodeOptions(value, progressive, lossless, background, iccBytes);
    }

    public EncodeOptions withProgressive(boolean value) {
        return new EncodeOptions(quality, value, lossless, background, iccBytes);
    }

    public EncodeOptions withLossless(boolean value) {
        return new EncodeOptions(quality, progressive, value, background, iccBytes);
    }

    public EncodeOptions withBackground(Color value) {
        return new EncodeOptions(quality, progressive, lossless, value, iccBytes);
    }

    public EncodeOptions withIccProfile(byte[] value) {
        return new EncodeOptions(quality, progressive, lossless, background, value);
    }

    public Optional<byte[]> iccProfile() {
        return Optional.ofNullable(iccBytes).map(byte[]::clone);
    }

    @Override
    public byte[] iccBytes() {
        return iccBytes == null ? null : iccBytes.clone();
    }
}
