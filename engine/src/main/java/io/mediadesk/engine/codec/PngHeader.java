package io.mediadesk.engine.codec;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks every PNG chunk header (lengths only, data skipped) from IHDR to IEND: IHDR gives the
 * geometry, tRNS alpha, acTL/fcTL the animation, iCCP/eXIf/iTXt the metadata. Ancillary chunks are
 * capped like libpng's {@code user_chunk_cache_max}, so 100,000 tEXt chunks are refused instead
 * of walked into the metadata reader.
 */
final class PngHeader {
    static final int MAX_ANCILLARY_CHUNKS = 1000;
    private static final long MAX_CHUNKS = 1_000_000;

    private final ByteReader in;
    private int width;
    private int height;
    private int depth;
    private int colourType;
    private boolean transparency;
    private int frames = 1;
    private int frameControls;
    private boolean animated;
    private long largestFrame;
    private int orientation = 1;
    private boolean exif;
    private boolean xmp;
    private long largestBlock;
    private byte[] icc;

    private PngHeader(ByteReader in) {
        this.in = in;
    }

    static ImageInfo read(ByteReader in) {
        return new PngHeader(in).walk();
    }

    private ImageInfo walk() {
        in.seek(8);
        readIhdr();
        int ancillary = 0;
        for (long chunks = 1; chunks < MAX_CHUNKS; chunks++) {
            long length = in.u32(false);
            String type = in.ascii(4);
            if (length > Integer.MAX_VALUE) throw ImageRejectedException.corrupt("PNG chunk length " + length);
            if (type.equals("IEND")) return info();
            long end = in.position() + length + 4;
            if (end > in.size()) throw ImageRejectedException.truncated("PNG chunk " + type + " runs past the end");
            boolean animation = type.equals("fcTL") || type.equals("fdAT"); // frames: capped by the frame limit, not as metadata
            if (Character.isLowerCase(type.charAt(0)) && !animation && ++ancillary > MAX_ANCILLARY_CHUNKS) {
                throw new ImageRejectedException(ImageRejectedException.Reason.OVER_METADATA_LIMIT,
                        "The PNG has more than " + MAX_ANCILLARY_CHUNKS + " metadata chunks");
            }
            chunk(type, (int) length);
            in.seek(end);
        }
        throw ImageRejectedException.corrupt("more than " + MAX_CHUNKS + " PNG chunks");
    }

    private void readIhdr() {
        long length = in.u32(false);
        if (length != 13 || !in.ascii(4).equals("IHDR")) throw ImageRejectedException.corrupt("PNG without IHDR");
        long w = in.u32(false);
        long h = in.u32(false);
        depth = in.u8();
        colourType = in.u8();
        in.skip(3 + 4);
        if (w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw ImageRejectedException.corrupt("PNG size " + w + "x" + h);
        }
        if (!validDepth()) throw ImageRejectedException.corrupt("PNG colour type " + colourType + " at depth " + depth);
        width = (int) w;
        height = (int) h;
    }

    private boolean validDepth() {
        return switch (colourType) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
    }

    private void chunk(String type, int length) {
        switch (type) {
            case "tRNS" -> transparency = true;
            case "acTL" -> {
                frames = (int) Math.min(Integer.MAX_VALUE, in.u32(false));
                animated = frames > 1;
            }
            case "fcTL" -> {
                frameControls++;
                in.skip(4);
                long frameWidth = Math.min(in.u32(false), Integer.MAX_VALUE);
                largestFrame = Math.max(largestFrame, frameWidth * Math.min(in.u32(false), Integer.MAX_VALUE));
            }
            case "eXIf" -> {
                exif = true;
                largestBlock = Math.max(largestBlock, length);
                orientation = ExifOrientation.read(in.bytes(length));
            }
            case "iCCP" -> icc = inflateProfile(length);
            case "iTXt", "tEXt", "zTXt" -> {
                largestBlock = Math.max(largestBlock, length);
                if (type.equals("iTXt") && length >= 17 && in.ascii(17).equals("XML:com.adobe.xmp")) xmp = true;
            }
            default -> { }
        }
    }

    /** iCCP is zlib: inflate with an output cap so a 100 MB "profile" stops at the cap. */
    private byte[] inflateProfile(int length) {
        byte[] data = in.bytes(length);
        int nul = 0;
        while (nul < data.length && data[nul] != 0) nul++;
        Inflater inflater = new Inflater();
        inflater.setInput(data, Math.min(nul + 2, data.length), Math.max(0, data.length - nul - 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean complete;
        try {
            while (!inflater.finished() && out.size() <= ImageProbe.MAX_COLLECTED_ICC) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                out.write(buffer, 0, n);
            }
            complete = inflater.finished();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
        largestBlock = Math.max(largestBlock, Math.max(length, out.size()));
        return complete && out.size() <= ImageProbe.MAX_COLLECTED_ICC ? out.toByteArray() : null;
    }

    private ImageInfo info() {
        boolean alpha = colourType == 4 || colourType == 6 || transparency;
        ColourModel model = switch (colourType) {
            case 0, 4 -> ColourModel.GRAY;
            case 3 -> ColourModel.PALETTE;
            default -> ColourModel.RGB;
        };
        // An APNG with more fcTL chunks than acTL declares is refused when decoded; until then the
        // larger count is the one the frame and pixel caps see.
        if (animated) frames = Math.max(frames, frameControls);
        MetadataSummary meta = new MetadataSummary(exif, xmp, icc != null, largestBlock, null);
        if (icc != null) meta = meta.withIcc(icc);
        return new ImageInfo(ImageFormat.PNG, width, height, orientation, alpha, frames, largestFrame, depth, model,
                animated, meta);
    }
}
