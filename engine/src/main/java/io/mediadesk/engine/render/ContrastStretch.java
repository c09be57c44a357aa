package io.mediadesk.engine.render;

import java.awt.image.BufferedImage;

/**
 * {@code e-contrast}: a linked contrast stretch. The black and white points are the luma levels
 * (Rec. 601, as {@link Grayscale}) that clip {@value #CLIP_PERCENT} % of the pixels at each end;
 * every colour channel is then mapped linearly from [black, white] to [0, 255] with the same two
 * points, so hues keep their balance. This is ImageMagick's {@code -contrast-stretch 1%x1%},
 * whose default channel set is synced on intensity. A flat image is returned unchanged.
 */
public enum ContrastStretch implements Stage {
    INSTANCE;

    static final double CLIP_PERCENT = 1.0;

    @Override
    public BufferedImage apply(BufferedImage in) {
        int[] src = Pixels.of(in);
        int[] points = points(src);
        int[] map = map(points[0], points[1]);
        boolean alpha = Pixels.hasAlpha(in);
        var out = Pixels.create(in.getWidth(), in.getHeight(), alpha);
        int[] dst = Pixels.of(out);
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            dst[i] = (alpha ? p & 0xFF000000 : 0) | map[p >> 16 & 0xFF] << 16 | map[p >> 8 & 0xFF] << 8 | map[p & 0xFF];
        }
        return out;
    }

    /** {black, white}: the first level from each end past which more than 1 % of the pixels lie. */
    static int[] points(int[] pixels) {
        long[] histogram = new long[256];
        for (int p : pixels) {
            histogram[Grayscale.luma(p)]++;
        }
        double clip = pixels.length * CLIP_PERCENT / 100;
        int black = 0;
        for (long seen = histogram[0]; seen <= clip && black < 255; seen += histogram[++black]) {
            // walk up until more than the clipped share lies at or below black
        }
        int white = 255;
        for (long seen = histogram[255]; seen <= clip && white > 0; seen += histogram[--white]) {
            // and down from the top the same way
        }
        return new int[] {black, white};
    }

    private static int[] map(int black, int white) {
        int[] map = new int[256];
        for (int v = 0; v < 256; v++) {
            if (white <= black) {
                map[v] = v;
            } else {
                double stretched = (v - black) * 255.0 / (white - black);
                map[v] = (int) Math.max(0, Math.min(255, Math.floor(stretched + 0.5)));
            }
        }
        return map;
    }
}
