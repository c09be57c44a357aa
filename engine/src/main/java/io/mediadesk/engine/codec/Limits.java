package io.mediadesk.engine.codec;

import java.time.Duration;

/**
 * The caps every decode is checked against before it starts. Defaults follow imgproxy and sharp
 * (see reliability.md, "Figures to reach"); a user may raise the pixel cap for local originals, but
 * never above sharp's 268 MP ceiling, because past that one image can exhaust the heap on its own.
 *
 * @param maxInputPixels pixels of the decoded input, summed over frames when animating
 * @param maxFrames frames decoded when animation is requested (otherwise only frame 1 is)
 * @param maxOutputSide longest side the renderer may produce (checked by the planner, kept here so
 *     all caps live in one place)
 * @param maxMetadataBytes largest single metadata block (EXIF, XMP, ICC, text chunk)
 * @param maxRemoteSourceBytes file size cap for inputs that came from the network
 * @param decodeBudget wall-clock time one decode may take
 */
public record Limits(long maxInputPixels, int maxFrames, int maxOutputSide, long maxMetadataBytes,
        long maxRemoteSourceBytes, Duration decodeBudget) {

    /** sharp's {@code limitInputPixels} default, 0x3FFF * 0x3FFF. */
    public static final long PIXEL_CEILING = 0x3FFFL * 0x3FFFL;

    /**
     * The pixel, frame and byte caps stop decompression bombs before a pixel is decoded; the
     * decode budget is the last guard, against a reader that loops. 30 s, not 10: a legitimate
     * 4096 x 4096 WebP needs about 3 s of CPU and took 14 s of wall clock on a loaded 2-core
     * machine, which a 10 s budget refused as if it were hostile.
     */
    public static final Limits DEFAULT = new Limits(50_000_000L, 100, 8192, 1024 * 1024, 25L * 1024 * 1024,
            Duration.ofSeconds(30));

    public Limits {
        if (maxInputPixels < 1 || maxInputPixels > PIXEL_CEILING) {
            throw new IllegalArgumentException("maxInputPixels must be 1.." + PIXEL_CEILING + ", was " + maxInputPixels);
        }
        if (maxFrames < 1 || maxOutputSide < 1 || maxMetadataBytes < 0 || maxRemoteSourceBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxFrames + ", " + maxOutputSide);
        }
        if (decodeBudget == null || decodeBudget.isNegative() || decodeBudget.isZero()) {
            throw new IllegalArgumentException("decodeBudget must be positive");
        }
    }

    public Limits withMaxInputPixels(long value) {
        return new Limits(value, maxFrames, maxOutputSide, maxMetadataBytes, maxRemoteSourceBytes, decodeBudget);
    }

    public Limits withMaxFrames(int value) {
        return new Limits(maxInputPixels, value, maxOutputSide, maxMetadataBytes, maxRemoteSourceBytes, decodeBudget);
    }

    public Limits withDecodeBudget(Duration value) {
        return new Limits(maxInputPixels, maxFrames, maxOutputSide, maxMetadataBytes, maxRemoteSourceBytes, value);
    }

    public Limits withMaxMetadataBytes(long value) {
        return new Limits(maxInputPixels, maxFrames, maxOutputSide, value, maxRemoteSourceBytes, decodeBudget);
    }
}
