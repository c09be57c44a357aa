package io.mediadesk.engine.codec;

import io.mediadesk.engine.codec.ImageRejectedException.Reason;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Checks a probed header against {@link Limits} before any decoder runs (imgproxy
 * {@code security/checker.go}). Frames count only when animation is asked for: otherwise only
 * frame 1 is decoded, so a 10,000-frame GIF costs what its first frame costs.
 */
public final class LimitGate {
    private LimitGate() {
    }

    public static void check(ImageInfo info, long fileBytes, Limits limits, DecodeOptions options) {
        if (options.remote() && fileBytes > limits.maxRemoteSourceBytes()) {
            throw new ImageRejectedException(Reason.OVER_FILE_SIZE_LIMIT, "The downloaded file is " + mb(fileBytes)
                    + ", over the " + mb(limits.maxRemoteSourceBytes()) + " limit for remote images");
        }
        if (!info.format().decodable()) {
            throw new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, info.format() + " images are not accepted");
        }
        checkPixels("The image is " + info.width() + " x " + info.height(), Math.max(info.pixels(),
                info.largestFramePixels()), limits);
        if (options.animate() && info.animated()) {
            if (info.frameCount() > limits.maxFrames()) {
                throw new ImageRejectedException(Reason.OVER_FRAME_LIMIT, "The animation has " + info.frameCount()
                        + " frames, over the limit of " + limits.maxFrames());
            }
            checkPixels("The animation's " + info.frameCount() + " frames of " + info.width() + " x " + info.height()
                    + " add up to", info.pixelsOverFrames(), limits);
        }
        if (info.metadata().largestBlockBytes() > limits.maxMetadataBytes()) {
            throw new ImageRejectedException(Reason.OVER_METADATA_LIMIT, "A metadata block of "
                    + mb(info.metadata().largestBlockBytes()) + " is over the " + mb(limits.maxMetadataBytes()) + " limit");
        }
    }

    private static void checkPixels(String what, long pixels, Limits limits) {
        if (pixels > limits.maxInputPixels()) {
            throw new ImageRejectedException(Reason.OVER_PIXEL_LIMIT, what + " (" + megapixels(pixels)
                    + "), which exceeds the resolution limit of " + megapixels(limits.maxInputPixels()));
        }
    }

    private static String megapixels(long pixels) {
        return NumberFormat.getNumberInstance(Locale.ROOT).format(Math.round(pixels / 100_000.0) / 10.0) + " MP";
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
