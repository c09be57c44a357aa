package io.mediadesk.engine.codec;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Image container formats, recognised by their magic bytes only: a file name or extension says
 * nothing about what the bytes are (ImageTragick). The first six and SVG (rasterised by
 * {@code SvgRaster}, safely) are decoded; the others are recognised only so they can be refused
 * by name instead of as "not an image".
 */
public enum ImageFormat {
    JPEG(true), PNG(true), GIF(true), WEBP(true), BMP(true), TIFF(true),
    SVG(true), AVIF(false), HEIF(false), PDF(false), PSD(false), MVG(false), POSTSCRIPT(false);

    /** How many leading bytes {@link #sniff} wants; fewer are fine. */
    public static final int SNIFF_BYTES = 512;

    private final boolean decodable;

    ImageFormat(boolean decodable) {
        this.decodable = decodable;
    }

    /** Whether this build decodes the format; the rest are refused as unsupported. */
    public boolean decodable() {
        return decodable;
    }

    /** The format whose signature starts {@code head}, or empty when none matches. */
    public static Optional<ImageFormat> sniff(byte[] head, int length) {
        int n = Math.min(length, head.length);
        ImageFormat binary = sniffBinary(head, n);
        return binary != null ? Optional.of(binary) : Optional.ofNullable(sniffText(head, n));
    }

    private static ImageFormat sniffBinary(byte[] b, int n) {
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (starts(b, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return PNG;
        if (starts(b, n, 'G', 'I', 'F', '8') && n >= 6 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') return GIF;
        if (starts(b, n, 'R', 'I', 'F', 'F') && n >= 12 && ascii(b, 8, 4).equals("WEBP")) return WEBP;
        if (starts(b, n, 'B', 'M') && n >= 18) return BMP;
        if (starts(b, n, 'I', 'I', 0x2A, 0x00) || starts(b, n, 'M', 'M', 0x00, 0x2A)) return TIFF;
        if (starts(b, n, 'I', 'I', 0x2B, 0x00) || starts(b, n, 'M', 'M', 0x00, 0x2B)) return TIFF;
        if (starts(b, n, '%', 'P', 'D', 'F')) return PDF;
        if (starts(b, n, '8', 'B', 'P', 'S')) return PSD;
        if (starts(b, n, '%', '!') || starts(b, n, 0xC5, 0xD0, 0xD3, 0xC6)) return POSTSCRIPT;
        if (n >= 12 && ascii(b, 4, 4).equals("ftyp")) return isoBrand(ascii(b, 8, 4));
        return null;
    }

    private static ImageFormat isoBrand(String brand) {
        if (brand.startsWith("avi")) return AVIF;
        return switch (brand) {
            case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1" -> HEIF;
            default -> null;
        };
    }

    /** Text formats that ImageMagick would happily "decode" (and fetch URLs for): refuse by name. */
    private static ImageFormat sniffText(byte[] b, int n) {
        String text = new String(b, 0, n, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        boolean xml = text.startsWith("<?xml") || text.startsWith("<!doctype");
        if (text.startsWith("<svg") || xml && (text.contains("<svg") || text.contains("<!doctype svg"))) {
            return SVG;
        }
        if (text.startsWith("push graphic-context") || text.startsWith("viewbox ")) return MVG;
        return null;
    }

    private static boolean starts(byte[] b, int n, int... sig) {
        if (n < sig.length) return false;
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) return false;
        }
        return true;
    }

    private static String ascii(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }
}
