package io.mediadesk.engine.codec;

/**
 * How to decode.
 *
 * @param animate decode every frame (within the frame and summed-pixel caps) instead of frame 1
 * @param strict refuse truncated or damaged files (the default, like sharp's {@code failOn});
 *     lenient mode keeps the reader's grey-filled partial image, for local viewing only
 * @param remote the bytes came from the network, so the remote file-size cap applies
 * @param targetWidth the width the caller will scale to, 0 when unknown; enables reduced-size JPEG decoding
 * @param targetHeight likewise for height
 * @param page the page of a multi-page TIFF to decode, 1-based (1: the first); the limits are
 *     checked against that page's own size. Frames of an animation are chosen with {@code animate}.
 */
public record DecodeOptions(boolean animate, boolean strict, boolean remote, int targetWidth, int targetHeight,
        int page) {
    public static final DecodeOptions DEFAULT = new DecodeOptions(false, true, false, 0, 0, 1);

    public DecodeOptions {
        if (targetWidth < 0 || targetHeight < 0) throw new IllegalArgumentException("negative target size");
        if (page < 1) throw new IllegalArgumentException("pages count from 1, was " + page);
    }

    public DecodeOptions(boolean animate, boolean strict, boolean remote, int targetWidth, int targetHeight) {
        this(animate, strict, remote, targetWidth, targetHeight, 1);
    }

    public DecodeOptions withAnimation() {
        return new DecodeOptions(true, strict, remote, targetWidth, targetHeight, page);
    }

    public DecodeOptions lenient() {
        return new DecodeOptions(animate, false, remote, targetWidth, targetHeight, page);
    }

    public DecodeOptions fromRemote() {
        return new DecodeOptions(animate, strict, true, targetWidth, targetHeight, page);
    }

    /** The output will be scaled to fit this box; 0 for a side means "follow the other". */
    public DecodeOptions withTarget(int width, int height) {
        return new DecodeOptions(animate, strict, remote, width, height, page);
    }

    /** Page {@code value} (1-based) of a multi-page TIFF instead of the first. */
    public DecodeOptions withPage(int value) {
        return new DecodeOptions(animate, strict, remote, targetWidth, targetHeight, value);
    }
}
