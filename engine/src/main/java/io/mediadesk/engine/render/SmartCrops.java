package io.mediadesk.engine.render;

import io.mediadesk.engine.plan.Focus;
import io.mediadesk.engine.plan.PlanOp;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a {@code smartcrop W x H <focus>} cuts: the region {x, y, width, height} of the current
 * image that is then scaled to exactly W x H (no scaling when the region is W x H already).
 *
 * <ul>
 * <li>{@code fo-auto}: the W x H window {@link Saliency} finds most interesting.</li>
 * <li>{@code fo-face}: the faces {@link FaceDetector} finds, as one box (their union); the region
 *     has the output's aspect ratio and the size {@code W/z x H/z}, centred on that box and moved
 *     back inside the image. {@code z} 1 (the default) is the W x H window itself, {@code z > 1}
 *     a smaller region enlarged (zoom in), {@code z < 1} a larger one reduced (zoom out), as far
 *     as the image reaches: the region is shrunk to the largest of that ratio that fits, with a
 *     notice saying which zoom was reached.</li>
 * <li>{@code fo-face} with no face found, and object focus (no on-device detector): fo-auto's
 *     window, with a notice saying so; never a silent fallback.</li>
 * </ul>
 */
final class SmartCrops {

    static final String NO_FACE = "fo-face: no face found; the crop used fo-auto (saliency)";
    /** The last value of a pinned {@link #resizeAndCut} region: where its box is measured. */
    private static final int BEFORE_RESIZE = 0;
    private static final int AFTER_RESIZE = 1;

    private SmartCrops() {
    }

    static int[] region(BufferedImage image, int width, int height, Focus focus, Consumer<String> notices) {
        if (focus.isAuto()) {
            return window(Saliency.bestWindow(image, width, height), width, height);
        }
        if (!focus.target().equals("face")) {
            notices.accept("fo-" + focus.target() + ": no on-device detector for it here; the crop used fo-auto (saliency)");
            return window(Saliency.bestWindow(image, width, height), width, height);
        }
        List<FaceDetector.Box> faces = FaceDetector.frontal().find(image);
        if (faces.isEmpty()) {
            notices.accept(NO_FACE);
            return window(Saliency.bestWindow(image, width, height), width, height);
        }
        return aroundFaces(union(faces), image.getWidth(), image.getHeight(), width, height, focus.zoom(), notices);
    }

    /**
     * A cover resize to {@code r} followed by {@code smartcrop W x H face}, done from the image
     * before the resize: the faces are looked for at the larger size (a thumbnail's faces are
     * often smaller than the detector's 45 px window), and the region, worked out in the resized
     * image's coordinates and mapped back, is cut from the larger image and scaled once to W x H,
     * so zooming in is not an enlargement of the thumbnail. Without a face it is exactly the
     * resize followed by fo-auto's window. The choice is pinned for the later frames of an
     * animation like any smart crop.
     */
    static BufferedImage resizeAndCut(PlanOp.Resize r, PlanOp.SmartCrop s, BufferedImage image, int parallelism,
            Consumer<String> notices, PlanStages.Pins pins) {
        Stage resize = Resize.to(r.width(), r.height()).withParallelism(parallelism);
        BufferedImage[] resized = new BufferedImage[1];
        int[] at = pins.window(() -> {
            List<FaceDetector.Box> faces = FaceDetector.frontal().find(image);
            if (faces.isEmpty()) {
                notices.accept(NO_FACE);
                resized[0] = resize.apply(image);
                int[] w = Saliency.bestWindow(resized[0], s.width(), s.height());
                return new int[] {w[0], w[1], s.width(), s.height(), AFTER_RESIZE};
            }
            // the W x H window of the resized image, in this image's pixels
            double fx = image.getWidth() / (double) r.width();
            double fy = image.getHeight() / (double) r.height();
            int[] region = aroundFaces(union(faces), image.getWidth(), image.getHeight(), s.width() * fx,
                    s.height() * fy, s.focus().zoom(), notices);
            return new int[] {region[0], region[1], region[2], region[3], BEFORE_RESIZE};
        });
        if (at[4] == AFTER_RESIZE) {
            BufferedImage small = resized[0] != null ? resized[0] : resize.apply(image);
            return Crop.of(at[0], at[1], at[2], at[3]).apply(small);
        }
        return Crop.of(at[0], at[1], at[2], at[3])
                .then(Resize.to(s.width(), s.height()).withParallelism(parallelism)).apply(image);
    }

    private static int[] window(int[] at, int width, int height) {
        return new int[] {at[0], at[1], width, height};
    }

    static FaceDetector.Box union(List<FaceDetector.Box> faces) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (FaceDetector.Box b : faces) {
            x0 = Math.min(x0, b.x());
            y0 = Math.min(y0, b.y());
            x1 = Math.max(x1, b.x() + b.width());
            y1 = Math.max(y1, b.y() + b.height());
        }
        return new FaceDetector.Box(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * The {@code W/z x H/z} region (the output's ratio, at least 1 px) centred on {@code faces},
     * inside an {@code imageWidth x imageHeight} image; W and H may be fractional (a window of a
     * resized image measured in the pixels before the resize).
     */
    static int[] aroundFaces(FaceDetector.Box faces, int imageWidth, int imageHeight, double width, double height,
            double zoom, Consumer<String> notices) {
        double rw = width / zoom;
        double rh = height / zoom;
        double fit = Math.min(1, Math.min(imageWidth / rw, imageHeight / rh));
        if (fit < 1) {
            rw *= fit;
            rh *= fit;
            notices.accept("z-" + number(zoom) + ": the image ends before that; zoomed out only to z"
                    + number(BigDecimal.valueOf(zoom / fit).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue()));
        }
        int w = (int) Math.max(1, Math.min(imageWidth, Math.round(rw)));
        int h = (int) Math.max(1, Math.min(imageHeight, Math.round(rh)));
        int x = (int) Math.max(0, Math.min(imageWidth - w, Math.round(faces.centreX() - w / 2.0)));
        int y = (int) Math.max(0, Math.min(imageHeight - h, Math.round(faces.centreY() - h / 2.0)));
        return new int[] {x, y, w, h};
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
