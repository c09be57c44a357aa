package io.mediadesk.engine.codec;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Turns whatever a reader produced into 8-bit sRGB {@code TYPE_INT_RGB}/{@code TYPE_INT_ARGB} by
 * walking rasters row by row. Going through {@code Graphics2D.drawImage} instead would be up to 20x
 * slower for TYPE_CUSTOM rasters, and would gamma-shift grey images (Java tags them linear grey,
 * while PNG and JPEG grey is really gamma-encoded, as every browser and ImageMagick treat it).
 */
final class SrgbConverter {
    private SrgbConverter() {
    }

    static BufferedImage toSrgb(BufferedImage src) {
        ColorModel cm = src.getColorModel();
        int type = cm.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        ColorSpace cs = cm.getColorSpace();
        if (src.getType() == type) return src;
        if (cm instanceof IndexColorModel icm) return fromIndexed(src.getRaster(), icm, type);
        if (cm instanceof ComponentColorModel && !cm.isAlphaPremultiplied()) {
            if (cs.isCS_sRGB() || cs.getType() == ColorSpace.TYPE_GRAY) return fromComponents(src.getRaster(), cm, type);
            return fromComponents(convertColour(src.getRaster(), cm), cm, type);
        }
        return viaGetRgb(src, type);
    }

    /** Reinterprets the colour of an sRGB-tagged image as being in {@code profile} and converts it to sRGB. */
    static BufferedImage applyProfile(BufferedImage srgb, ICC_Profile profile) {
        int w = srgb.getWidth();
        int h = srgb.getHeight();
        WritableRaster rgb = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 3, null);
        int[] row = new int[w];
        int[] samples = new int[w * 3];
        for (int y = 0; y < h; y++) {
            srgb.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                samples[3 * x] = row[x] >> 16 & 0xFF;
                samples[3 * x + 1] = row[x] >> 8 & 0xFF;
                samples[3 * x + 2] = row[x] & 0xFF;
            }
            rgb.setPixels(0, y, w, 1, samples);
        }
        WritableRaster out = rgb.createCompatibleWritableRaster();
        new ColorConvertOp(new ICC_ColorSpace(profile), ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(rgb, out);
        BufferedImage result = new BufferedImage(w, h, srgb.getType());
        for (int y = 0; y < h; y++) {
            srgb.getRGB(0, y, w, 1, row, 0, w);
            out.getPixels(0, y, w, 1, samples);
            for (int x = 0; x < w; x++) {
                row[x] = row[x] & 0xFF000000 | samples[3 * x] << 16 | samples[3 * x + 1] << 8 | samples[3 * x + 2];
            }
            result.setRGB(0, y, w, 1, row, 0, w);
        }
        return result;
    }

    /** Converts the colour bands of a non-sRGB raster (ICC RGB, CMYK) to an 8-bit sRGB raster, alpha kept. */
    private static WritableRaster convertColour(WritableRaster raster, ColorModel cm) {
        int colourBands = cm.getNumColorComponents();
        int[] bands = new int[colourBands];
        for (int i = 0; i < colourBands; i++) bands[i] = i;
        Raster colour = raster.createChild(0, 0, raster.getWidth(), raster.getHeight(), 0, 0, bands);
        WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, raster.getWidth(), raster.getHeight(),
                cm.hasAlpha() ? 4 : 3, null);
        WritableRaster outColour = out.createWritableChild(0, 0, out.getWidth(), out.getHeight(), 0, 0, new int[] {0, 1, 2});
        new ColorConvertOp(cm.getColorSpace(), ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(colour, outColour);
        if (cm.hasAlpha()) copyAlpha(raster, colourBands, out, cm.getComponentSize(colourBands));
        return out;
    }

    private static void copyAlpha(Raster from, int band, WritableRaster to, int bits) {
        int w = from.getWidth();
        int[] samples = new int[w];
        for (int y = 0; y < from.getHeight(); y++) {
            from.getSamples(0, y, w, 1, band, samples);
            for (int x = 0; x < w; x++) samples[x] = scale(samples[x], bits);
            to.setSamples(0, y, w, 1, 3, samples);
        }
    }

    private static BufferedImage fromComponents(Raster raster, ColorModel cm, int type) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int bands = raster.getNumBands();
        int bits = raster.getSampleModel().getSampleSize(0);
        boolean gray = bands <= 2;
        boolean alpha = cm.hasAlpha();
        BufferedImage out = new BufferedImage(w, h, type);
        int[] samples = new int[w * bands];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, samples);
            for (int x = 0, i = 0; x < w; x++, i += bands) {
                int r = scale(samples[i], bits);
                int g = gray ? r : scale(samples[i + 1], bits);
                int b = gray ? r : scale(samples[i + 2], bits);
                int a = alpha ? scale(samples[i + bands - 1], bits) : 0xFF;
                row[x] = a << 24 | r << 16 | g << 8 | b;
            }
            out.getRaster().setDataElements(0, y, w, 1, row);
        }
        return out;
    }

    private static BufferedImage fromIndexed(Raster raster, IndexColorModel icm, int type) {
        int w = raster.getWidth();
        int[] lut = new int[icm.getMapSize()];
        icm.getRGBs(lut);
        int[] indices = new int[w];
        int[] row = new int[w];
        BufferedImage out = new BufferedImage(w, raster.getHeight(), type);
        for (int y = 0; y < raster.getHeight(); y++) {
            raster.getSamples(0, y, w, 1, 0, indices);
            for (int x = 0; x < w; x++) row[x] = indices[x] < lut.length ? lut[indices[x]] : 0;
            out.getRaster().setDataElements(0, y, w, 1, row);
        }
        return out;
    }

    private static BufferedImage viaGetRgb(BufferedImage src, int type) {
        int w = src.getWidth();
        BufferedImage out = new BufferedImage(w, src.getHeight(), type);
        int[] row = new int[w];
        for (int y = 0; y < src.getHeight(); y++) {
            src.getRGB(0, y, w, 1, row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** n-bit sample to 8 bits with rounding: 16-bit v becomes round(v / 257), as ImageMagick does. */
    static int scale(int sample, int bits) {
        if (bits == 8) return sample & 0xFF;
        int max = (1 << bits) - 1;
        return (int) (((long) sample * 255 + max / 2) / max);
    }
}
