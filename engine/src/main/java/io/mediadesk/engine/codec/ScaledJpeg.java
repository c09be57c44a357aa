package io.mediadesk.engine.codec;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * A JPEG decoder that scales inside the DCT, as libjpeg's {@code scale_denom} (and so libvips'
 * shrink-on-load) does: each 8x8 block is inverse-transformed straight to 4x4, 2x2 or 1x1 pixels,
 * each the exact average of the 2x2, 4x4 or 8x8 pixels a full decode would give there (a box
 * filter, not the point sampling of ImageIO's source subsampling), for a fraction of the work:
 * no full-size image is ever built. At 1/8 only the DC coefficients are needed, so a progressive
 * file's AC scans are skipped without being Huffman-decoded.
 *
 * <p>Deliberately narrow: 8-bit Huffman baseline or progressive, greyscale or YCbCr with
 * sampling factors whose ratios are 1 or 2. Anything else (CMYK/YCCK, Adobe RGB-transform, 12-bit,
 * arithmetic coding, lossless, odd sampling) and anything irregular in the stream (truncation,
 * a bad code, a missing restart marker, bytes between scan and marker) throws {@link Unsupported}
 * or {@link IOException}, and the caller decodes through ImageIO instead, which then reports the
 * damage exactly as before. Pure Java: a hostile file can only throw.
 *
 * <p>Output: {@code ceil(width / scale) x ceil(height / scale)}, {@code TYPE_INT_RGB}. Chroma is
 * brought to luma resolution inside its IDCT (a 2x-subsampled chroma block is transformed to twice
 * as many pixels), so no separate upsampling pass. YCbCr to RGB uses the JFIF equations.
 */
final class ScaledJpeg {

    /** The file is valid but outside what this decoder handles. */
    static final class Unsupported extends IOException {
        Unsupported(String message) {
            super(message);
        }
    }

    /** Natural (row-major) index of the k-th coefficient in zig-zag order. */
    static final int[] ZIGZAG = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
        28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61,
        54, 47, 55, 62, 63};

    private static final int LOOKAHEAD = 9;

    private final byte[] data;
    private final int scale;
    private final BooleanSupplier aborted;
    private final int[][] quant = new int[4][];
    private final Huffman[] dcTables = new Huffman[4];
    private final Huffman[] acTables = new Huffman[4];
    private int pos;
    private int restartInterval;
    private boolean adobeRgb;
    private boolean progressive;
    private int width;
    private int height;
    private Component[] components;
    private int mcusX;
    private int mcusY;
    private int hMax;
    private int vMax;

    // bit reader state
    private long bits;
    private int bitCount;
    private int padBits;
    private int eobRun;

    private ScaledJpeg(byte[] data, int scale, BooleanSupplier aborted) {
        this.data = data;
        this.scale = scale;
        this.aborted = aborted;
    }

    /**
     * @param scale 2, 4 or 8
     * @throws Unsupported when the file needs a general decoder
     * @throws IOException when the stream is irregular (the general decoder will say how)
     */
    static BufferedImage decode(byte[] data, int scale, BooleanSupplier aborted) throws IOException {
        if (scale != 2 && scale != 4 && scale != 8) throw new IllegalArgumentException("scale " + scale);
        try {
            return new ScaledJpeg(data, scale, aborted).run();
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IOException("malformed JPEG structure: " + e, e);
        }
    }

    private static final class Component {
        int id;
        int h;
        int v;
        int tq;
        int blocksPerLine;
        int blocksPerColumn;
        int usedBlocksW;
        int usedBlocksH;
        /** Output pixels per block across and down (chroma is upsampled by its IDCT). */
        int nh;
        int nv;
        /** Largest zig-zag index this component's scaled IDCT reads. */
        int lastZigzag;
        int stride;
        short[] coefs;
        int dcPredictor;
        Huffman dc;
        Huffman ac;
        float[] mh;
        float[] mv;
        /** Output pixels per block, {@code nh * nv}. */
        int pixels;
        /**
         * {@code basis[z * pixels + y * nh + x]}: what coefficient {@code z} (natural order) adds to
         * output pixel (x, y) per unit, dequantization included. Latched at the component's first
         * scan, as libjpeg latches its quantization tables.
         */
        float[] basis;
        byte[] plane;
        int planeWidth;
        /** log2 of how many output pixels share one plane pixel across / down (0 or 1). */
        int shiftX;
        int shiftY;
    }

    private BufferedImage run() throws IOException {
        if (u8(pos++) != 0xFF || u8(pos++) != 0xD8) throw new Unsupported("not a JPEG");
        boolean frameSeen = false;
        while (true) {
            int marker = nextMarker();
            switch (marker) {
                case 0xD8 -> throw new IOException("SOI inside the stream");
                case 0xC4 -> readHuffmanTables();
                case 0xDB -> readQuantTables();
                case 0xDD -> {
                    segmentLength(4);
                    restartInterval = u16(pos + 2);
                    pos += 4;
                }
                case 0xC0, 0xC1, 0xC2 -> {
                    if (frameSeen) throw new Unsupported("several frames");
                    progressive = marker == 0xC2;
                    readFrame();
                    frameSeen = true;
                }
                case 0xDA -> {
                    if (!frameSeen) throw new IOException("scan before frame");
                    readScan();
                }
                case 0xD9 -> {
                    if (!frameSeen) throw new IOException("no frame");
                    return finish();
                }
                case 0xEE -> readAdobe();
                default -> {
                    if (marker >= 0xC3 && marker <= 0xCF) throw new Unsupported("SOF" + (marker - 0xC0) + " not handled");
                    if (marker == 0xDC) throw new Unsupported("DNL not handled");
                    if (marker >= 0xD0 && marker <= 0xD7) throw new IOException("stray restart marker");
                    int length = segmentLength(2);
                    pos += length;
                }
            }
        }
    }

    private int nextMarker() throws IOException {
        if (pos + 1 >= data.length) throw new IOException("premature end of JPEG file");
        if (u8(pos) != 0xFF) throw new IOException("extraneous bytes before a marker");
        while (pos < data.length && u8(pos) == 0xFF) pos++; // fill bytes
        if (pos >= data.length) throw new IOException("premature end of JPEG file");
        return u8(pos++);
    }

    private int segmentLength(int min) throws IOException {
        if (pos + 2 > data.length) throw new IOException("premature end of JPEG file");
        int length = u16(pos);
        if (length < min || pos + length > data.length) throw new IOException("bad segment length");
        return length;
    }

    private void readAdobe() throws IOException {
        int length = segmentLength(2);
        if (length >= 14 && u8(pos + 2) == 'A' && u8(pos + 3) == 'd' && u8(pos + 4) == 'o' && u8(pos + 5) == 'b'
                && u8(pos + 6) == 'e') {
            adobeRgb = u8(pos + 13) == 0;
        }
        pos += length;
    }

    private void readQuantTables() throws IOException {
        int end = pos + segmentLength(2);
        pos += 2;
        while (pos < end) {
            int pq = u8(pos) >> 4;
            int tq = u8(pos) & 15;
            pos++;
            if (tq > 3) throw new IOException("bad quantization table id");
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                table[ZIGZAG[k]] = pq == 0 ? u8(pos + k) : u16(pos + 2 * k);
            }
            pos += pq == 0 ? 64 : 128;
            quant[tq] = table;
        }
        if (pos != end) throw new IOException("bad DQT length");
    }

    private void readHuffmanTables() throws IOException {
        int end = pos + segmentLength(2);
        pos += 2;
        while (pos < end) {
            int tc = u8(pos) >> 4;
            int th = u8(pos) & 15;
            if (tc > 1 || th > 3) throw new IOException("bad Huffman table id");
            int[] counts = new int[17];
            int total = 0;
            for (int l = 1; l <= 16; l++) {
                counts[l] = u8(pos + l);
                total += counts[l];
            }
            pos += 17;
            if (total > 256 || pos + total > end) throw new IOException("bad Huffman table");
            byte[] symbols = new byte[total];
            System.arraycopy(data, pos, symbols, 0, total);
            pos += total;
            Huffman table = new Huffman(counts, symbols);
            if (tc == 0) dcTables[th] = table;
            else acTables[th] = table;
        }
        if (pos != end) throw new IOException("bad DHT length");
    }

    private void readFrame() throws IOException {
        int length = segmentLength(8);
        int at = pos + 2;
        if (u8(at) != 8) throw new Unsupported("precision " + u8(at));
        height = u16(at + 1);
        width = u16(at + 3);
        int count = u8(at + 5);
        if (height == 0) throw new Unsupported("height in DNL");
        if (width == 0 || (count != 1 && count != 3) || length != 8 + 3 * count) {
            throw new Unsupported(count + " components");
        }
        components = new Component[count];
        for (int i = 0; i < count; i++) {
            Component c = new Component();
            c.id = u8(at + 6 + 3 * i);
            c.h = u8(at + 7 + 3 * i) >> 4;
            c.v = u8(at + 7 + 3 * i) & 15;
            c.tq = u8(at + 8 + 3 * i);
            if (c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4 || c.tq > 3) throw new IOException("bad component");
            components[i] = c;
            hMax = Math.max(hMax, c.h);
            vMax = Math.max(vMax, c.v);
        }
        if (count == 1) { // a single component is never interleaved: its MCU is one block
            components[0].h = 1;
            components[0].v = 1;
            hMax = 1;
            vMax = 1;
        }
        if (count == 3 && (adobeRgb || (components[0].id == 'R' && components[1].id == 'G'))) {
            throw new Unsupported("RGB JPEG");
        }
        mcusX = ceilDiv(width, 8 * hMax);
        mcusY = ceilDiv(height, 8 * vMax);
        int n = 8 / scale;
        for (Component c : components) {
            if (hMax % c.h != 0 || vMax % c.v != 0 || hMax / c.h > 2 || vMax / c.v > 2) {
                throw new Unsupported("sampling " + c.h + "x" + c.v + " of " + hMax + "x" + vMax);
            }
            c.blocksPerLine = mcusX * c.h;
            c.blocksPerColumn = mcusY * c.v;
            c.usedBlocksW = ceilDiv(ceilDiv(width * c.h, hMax), 8);
            c.usedBlocksH = ceilDiv(ceilDiv(height * c.v, vMax), 8);
            if (n == 1) {
                // At 1/8 every component stays at one pixel per block, so only DC coefficients are
                // read (and a progressive file's AC scans are skipped); subsampled chroma is then
                // replicated to luma resolution when converting colour.
                c.nh = 1;
                c.nv = 1;
                c.shiftX = hMax / c.h - 1;
                c.shiftY = vMax / c.v - 1;
            } else {
                // Otherwise subsampled chroma is brought to luma resolution by its own IDCT.
                c.nh = n * hMax / c.h;
                c.nv = n * vMax / c.v;
            }
            c.pixels = c.nh * c.nv;
            c.mh = idctMatrix(c.nh);
            c.mv = idctMatrix(c.nv);
            c.lastZigzag = c.nh == 1 && c.nv == 1 ? 0 : 63; // a group average reads every frequency
            // Progressive files keep coefficients until the last scan; 1/8 keeps only the DC.
            c.stride = c.lastZigzag == 0 ? 1 : 64;
            if (progressive) {
                c.coefs = new short[Math.multiplyExact(Math.multiplyExact(c.blocksPerLine, c.blocksPerColumn), c.stride)];
            }
        }
        for (Component c : components) {
            c.planeWidth = c.blocksPerLine * c.nh;
            c.plane = new byte[Math.multiplyExact(c.planeWidth, c.blocksPerColumn * c.nv)];
        }
        pos += length;
    }

    private final float[] pixelSums = new float[64];

    private void readScan() throws IOException {
        int length = segmentLength(6);
        int at = pos + 2;
        int count = u8(at);
        if (count < 1 || count > components.length || length != 6 + 2 * count) throw new IOException("bad SOS");
        Component[] scan = new Component[count];
        for (int i = 0; i < count; i++) {
            int id = u8(at + 1 + 2 * i);
            int tables = u8(at + 2 + 2 * i);
            for (Component c : components) {
                if (c.id == id) scan[i] = c;
            }
            if (scan[i] == null) throw new IOException("scan names an unknown component");
            scan[i].dc = dcTables[tables >> 4];
            scan[i].ac = acTables[tables & 15];
        }
        int ss = u8(at + 1 + 2 * count);
        int se = u8(at + 2 + 2 * count);
        int ah = u8(at + 3 + 2 * count) >> 4;
        int al = u8(at + 3 + 2 * count) & 15;
        pos += length;
        for (Component c : scan) {
            if (quant[c.tq] == null) throw new IOException("missing quantization table");
            if (c.basis == null) c.basis = basis(c, quant[c.tq]);
        }
        if (!progressive) {
            if (ss != 0 || se != 63 || ah != 0 || al != 0) throw new IOException("bad baseline scan");
        } else if (ss > se || se > 63 || (ss == 0 && se != 0) || (ss > 0 && count != 1) || al > 13) {
            throw new IOException("bad progressive scan");
        }
        // At 1/8 only DC coefficients are read, and AC scans (first or refinement) never touch
        // them: skip their entropy-coded bytes. At 1/2 and 1/4 every AC scan is decoded, since a
        // refinement scan's bits depend on which coefficients of its whole band are already nonzero.
        if (ss > 0 && scan[0].stride == 1) {
            skipEntropyData();
            return;
        }
        decodeScan(scan, ss, se, ah, al);
    }

    private void skipEntropyData() throws IOException {
        while (pos + 1 < data.length) {
            if (u8(pos) == 0xFF) {
                int next = u8(pos + 1);
                if (next != 0 && (next < 0xD0 || next > 0xD7) && next != 0xFF) return;
                pos += next == 0xFF ? 1 : 2;
            } else {
                pos++;
            }
        }
        throw new IOException("premature end of JPEG file");
    }

    private void decodeScan(Component[] scan, int ss, int se, int ah, int al) throws IOException {
        resetBits();
        loadSegment();
        for (Component c : components) {
            c.dcPredictor = 0;
        }
        eobRun = 0;
        int mcu = 0;
        if (scan.length == 1) {
            Component c = scan[0];
            int total = c.usedBlocksW * c.usedBlocksH;
            for (int by = 0; by < c.usedBlocksH; by++) {
                if (aborted.getAsBoolean()) throw new IOException("aborted");
                for (int bx = 0; bx < c.usedBlocksW; bx++) {
                    decodeBlock(c, by * c.blocksPerLine + bx, bx, by, ss, se, ah, al);
                    mcu++;
                    if (restartInterval > 0 && mcu % restartInterval == 0 && mcu < total) restart();
                }
            }
        } else {
            int total = mcusX * mcusY;
            for (int my = 0; my < mcusY; my++) {
                if (aborted.getAsBoolean()) throw new IOException("aborted");
                for (int mx = 0; mx < mcusX; mx++) {
                    for (Component c : scan) {
                        for (int v = 0; v < c.v; v++) {
                            for (int h = 0; h < c.h; h++) {
                                int bx = mx * c.h + h;
                                int by = my * c.v + v;
                                decodeBlock(c, by * c.blocksPerLine + bx, bx, by, ss, se, ah, al);
                            }
                        }
                    }
                    mcu++;
                    if (restartInterval > 0 && mcu % restartInterval == 0 && mcu < total) restart();
                }
            }
        }
        endOfScan();
    }

    private void decodeBlock(Component c, int index, int bx, int by, int ss, int se, int ah, int al)
            throws IOException {
        if (!progressive) {
            decodeBaseline(c, bx, by);
            return;
        }
        int base = index * c.stride;
        if (ss == 0) {
            if (ah == 0) {
                int t = decodeHuffman(c.dc);
                int diff = t == 0 ? 0 : extend(receive(t), t);
                c.dcPredictor += diff;
                c.coefs[base] = (short) (c.dcPredictor << al);
            } else if (receive(1) != 0) {
                c.coefs[base] |= (short) (1 << al);
            }
        } else if (ah == 0) {
            acFirst(c, base, ss, se, al);
        } else {
            acRefine(c, base, ss, se, al);
        }
    }

    /**
     * One sequential block, straight to its scaled pixels: each nonzero coefficient adds its
     * basis to the pixel sums (a photo's block has a handful), no 8x8 array is built. Past
     * {@code lastZigzag} coefficients are decoded but contribute nothing.
     */
    private void decodeBaseline(Component c, int bx, int by) throws IOException {
        int t = decodeHuffman(c.dc);
        int diff = t == 0 ? 0 : extend(receive(t), t);
        c.dcPredictor += diff;
        float[] sums = pixelSums;
        float[] basis = c.basis;
        int pixels = c.pixels;
        float dc = c.dcPredictor;
        for (int i = 0; i < pixels; i++) sums[i] = 128f + dc * basis[i];
        int last = c.lastZigzag;
        Huffman ac = c.ac;
        int[] fast = ac.fastAc;
        for (int k = 1; k < 64; ) {
            if (bitCount < 16) fill();
            int entry = fast[(int) (bits >>> (64 - LOOKAHEAD))];
            int value;
            if (entry != 0) { // code and value bits together within the lookahead
                int length = entry & 0xFF;
                bits <<= length;
                bitCount -= length;
                k += entry >> 8 & 0xFF;
                value = entry >> 16;
            } else {
                int rs = decodeHuffman(ac);
                int s = rs & 15;
                int r = rs >> 4;
                if (s == 0) {
                    if (r != 15) break;
                    k += 16;
                    continue;
                }
                k += r;
                value = extend(receive(s), s);
            }
            if (k > 63) throw new IOException("corrupt JPEG data: bad AC run");
            if (k <= last) {
                for (int i = 0, o = ZIGZAG[k] * pixels; i < pixels; i++) sums[i] += value * basis[o + i];
            }
            k++;
        }
        store(c, sums, bx, by);
    }

    private void acFirst(Component c, int base, int ss, int se, int al) throws IOException {
        if (eobRun > 0) {
            eobRun--;
            return;
        }
        short[] coefs = c.coefs;
        for (int k = ss; k <= se; ) {
            int rs = decodeHuffman(c.ac);
            int s = rs & 15;
            int r = rs >> 4;
            if (s == 0) {
                if (r < 15) {
                    eobRun = (1 << r) - 1;
                    if (r > 0) eobRun += receive(r);
                    break;
                }
                k += 16;
                continue;
            }
            k += r;
            if (k > 63) throw new IOException("corrupt JPEG data: bad AC run");
            coefs[base + ZIGZAG[k]] = (short) (extend(receive(s), s) * (1 << al));
            k++;
        }
    }

    /** Successive approximation of AC coefficients, as libjpeg's {@code decode_mcu_AC_refine}. */
    private void acRefine(Component c, int base, int ss, int se, int al) throws IOException {
        short[] coefs = c.coefs;
        int p1 = 1 << al;
        int m1 = -1 << al;
        int k = ss;
        if (eobRun == 0) {
            for (; k <= se; k++) {
                int rs = decodeHuffman(c.ac);
                int r = rs >> 4;
                int s = rs & 15;
                if (s != 0) {
                    if (s != 1) throw new IOException("corrupt JPEG data: bad refinement code");
                    s = receive(1) != 0 ? p1 : m1;
                } else if (r != 15) {
                    eobRun = 1 << r;
                    if (r > 0) eobRun += receive(r);
                    break;
                }
                do {
                    int z = base + ZIGZAG[k];
                    if (coefs[z] != 0) {
                        refine(coefs, z, p1, m1);
                    } else {
                        if (--r < 0) break;
                    }
                    k++;
                } while (k <= se);
                if (s != 0) {
                    if (k > 63) throw new IOException("corrupt JPEG data: bad refinement run");
                    coefs[base + ZIGZAG[k]] = (short) s;
                }
            }
        }
        if (eobRun > 0) {
            for (; k <= se; k++) {
                int z = base + ZIGZAG[k];
                if (coefs[z] != 0) refine(coefs, z, p1, m1);
            }
            eobRun--;
        }
    }

    private void refine(short[] coefs, int z, int p1, int m1) throws IOException {
        if (receive(1) != 0 && (coefs[z] & p1) == 0) {
            coefs[z] += (short) (coefs[z] >= 0 ? p1 : m1);
        }
    }

    private BufferedImage finish() throws IOException {
        if (progressive) {
            float[] sums = pixelSums;
            for (Component c : components) {
                if (c.basis == null) throw new IOException("a component has no scan");
                float[] basis = c.basis;
                int pixels = c.pixels;
                short[] coefs = c.coefs;
                for (int by = 0; by < c.blocksPerColumn; by++) {
                    if (aborted.getAsBoolean()) throw new IOException("aborted");
                    for (int bx = 0; bx < c.blocksPerLine; bx++) {
                        int base = (by * c.blocksPerLine + bx) * c.stride;
                        float dc = coefs[base];
                        for (int i = 0; i < pixels; i++) sums[i] = 128f + dc * basis[i];
                        for (int z = 1; z < c.stride; z++) {
                            int value = coefs[base + z];
                            if (value != 0) {
                                for (int i = 0, o = z * pixels; i < pixels; i++) sums[i] += value * basis[o + i];
                            }
                        }
                        store(c, sums, bx, by);
                    }
                }
                c.coefs = null;
            }
        }
        int outW = ceilDiv(width, scale);
        int outH = ceilDiv(height, scale);
        BufferedImage image = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        if (components.length == 1) {
            byte[] y = components[0].plane;
            for (int row = 0; row < outH; row++) {
                for (int x = 0, i = row * components[0].planeWidth, o = row * outW; x < outW; x++) {
                    out[o + x] = (y[i + x] & 0xFF) * 0x010101;
                }
            }
        } else {
            Component cy = components[0];
            Component ccb = components[1];
            Component ccr = components[2];
            byte[] py = cy.plane;
            byte[] pcb = ccb.plane;
            byte[] pcr = ccr.plane;
            for (int row = 0; row < outH; row++) {
                int iy = (row >> cy.shiftY) * cy.planeWidth;
                int icb = (row >> ccb.shiftY) * ccb.planeWidth;
                int icr = (row >> ccr.shiftY) * ccr.planeWidth;
                for (int x = 0, o = row * outW; x < outW; x++) {
                    int y = (py[iy + (x >> cy.shiftX)] & 0xFF) << 16;
                    int cb = (pcb[icb + (x >> ccb.shiftX)] & 0xFF) - 128;
                    int cr = (pcr[icr + (x >> ccr.shiftX)] & 0xFF) - 128;
                    // JFIF, in 16.16 fixed point with rounding, as libjpeg's jdcolor.c
                    int r = (y + 91881 * cr + 32768) >> 16;
                    int g = (y - 22554 * cb - 46802 * cr + 32768) >> 16;
                    int b = (y + 116130 * cb + 32768) >> 16;
                    out[o + x] = clamp(r) << 16 | clamp(g) << 8 | clamp(b);
                }
            }
        }
        return image;
    }

    /** Rounds one block's pixel sums into the component's plane. */
    private void store(Component c, float[] sums, int bx, int by) {
        int nh = c.nh;
        byte[] plane = c.plane;
        for (int y = 0, i = 0; y < c.nv; y++) {
            for (int x = 0, at = (by * c.nv + y) * c.planeWidth + bx * nh; x < nh; x++, i++) {
                plane[at + x] = (byte) clamp(Math.round(sums[i]));
            }
        }
    }

    /**
     * Output pixel (x, y) of a block is {@code 128 + sum_v sum_u Mv(y,v) Mh(x,u) q(v,u) F(v,u)}, where
     * {@code M(x,u)} is the mean of JPEG's 8-point basis {@code a(u) cos((2k+1) u pi / 16)} over the
     * samples {@code k} of group {@code x}: exactly the box average of the full-size inverse DCT
     * (before clamping), which is what libjpeg's reduced-size IDCTs compute.
     */
    private static float[] basis(Component c, int[] q) {
        int pixels = c.nh * c.nv;
        float[] basis = new float[64 * pixels];
        for (int z = 0; z < 64; z++) {
            int v = z / 8;
            int u = z % 8;
            for (int y = 0; y < c.nv; y++) {
                for (int x = 0; x < c.nh; x++) {
                    basis[z * pixels + y * c.nh + x] = q[z] * c.mv[y * 8 + v] * c.mh[x * 8 + u];
                }
            }
        }
        return basis;
    }

    /** {@code n x 8}: row {@code x} holds each basis function's mean over output pixel x's samples. */
    private static float[] idctMatrix(int n) {
        int group = 8 / n;
        float[] m = new float[n * 8];
        for (int x = 0; x < n; x++) {
            for (int u = 0; u < 8; u++) {
                double a = u == 0 ? Math.sqrt(1.0 / 8) : 0.5;
                double sum = 0;
                for (int k = x * group; k < (x + 1) * group; k++) {
                    sum += Math.cos((2 * k + 1) * u * Math.PI / 16);
                }
                double mean = a * sum / group;
                m[x * 8 + u] = Math.abs(mean) < 1e-9 ? 0f : (float) mean;
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ entropy-coded bits

    private void resetBits() {
        bits = 0;
        bitCount = 0;
        padBits = 0;
    }

    /**
     * Copies the entropy-coded bytes from {@code pos} up to the next marker into {@link #segment},
     * undoing the {@code FF 00} stuffing, and leaves {@code pos} on the marker (or at the end of the
     * data): the bit reader then reads plain bytes, eight at a time.
     */
    private void loadSegment() {
        int from = pos;
        int n = 0;
        if (segment.length < data.length - from + 8) segment = new byte[data.length - from + 8];
        byte[] seg = segment;
        int i = from;
        int end = data.length;
        while (i < end) {
            byte b = data[i];
            if (b != (byte) 0xFF) {
                seg[n++] = b;
                i++;
            } else if (i + 1 < end && data[i + 1] == 0) {
                seg[n++] = b;
                i += 2;
            } else {
                break;
            }
        }
        for (int k = 0; k < 8; k++) seg[n + k] = 0;
        pos = i;
        segmentLength = n;
        segmentPos = 0;
    }

    private static final java.lang.invoke.VarHandle BIG_ENDIAN_LONG =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private byte[] segment = new byte[0];
    private int segmentLength;
    private int segmentPos;

    /** Tops the buffer up to at least 56 bits; past the segment's end zeros are fed and counted. */
    private void fill() {
        if (segmentPos + 8 <= segmentLength) {
            long next = (long) BIG_ENDIAN_LONG.get(segment, segmentPos);
            int bytes = (63 - bitCount) >> 3;
            bits |= (next & ~(-1L >>> (bytes * 8))) >>> bitCount;
            bitCount += bytes * 8;
            segmentPos += bytes;
            return;
        }
        while (bitCount <= 56) {
            int b = 0;
            if (segmentPos < segmentLength) {
                b = segment[segmentPos++] & 0xFF;
            } else {
                padBits += 8;
            }
            bits |= (long) b << (56 - bitCount);
            bitCount += 8;
        }
    }

    private int decodeHuffman(Huffman h) throws IOException {
        if (bitCount < 16) fill();
        int entry = h.lookup[(int) (bits >>> (64 - LOOKAHEAD))];
        if (entry != 0) {
            int length = entry >> 8;
            bits <<= length;
            bitCount -= length;
            return entry & 0xFF;
        }
        int code = (int) (bits >>> 48);
        for (int l = LOOKAHEAD + 1; l <= 16; l++) {
            int c = code >>> (16 - l);
            if (c <= h.maxCode[l]) {
                bits <<= l;
                bitCount -= l;
                return h.symbols[h.valueOffset[l] + c - h.minCode[l]] & 0xFF;
            }
        }
        throw new IOException("corrupt JPEG data: bad Huffman code");
    }

    private int receive(int n) {
        if (n == 0) return 0;
        if (bitCount < n) fill();
        int v = (int) (bits >>> (64 - n));
        bits <<= n;
        bitCount -= n;
        return v;
    }

    private static int extend(int v, int n) {
        return v < (1 << (n - 1)) ? v - (1 << n) + 1 : v;
    }

    /**
     * At a restart marker or the end of a scan every byte of the segment must have been used
     * (but for the padding bits of the last one), without reading into the zeros fed past it;
     * otherwise the data is truncated or damaged and ImageIO gets to say which.
     */
    private void checkSegmentUsed(String where) throws IOException {
        if (padBits > bitCount) throw new IOException("premature end of data segment");
        if (bitCount - padBits + 8L * (segmentLength - segmentPos) >= 8) throw new IOException("extraneous bytes " + where);
        if (pos >= data.length) throw new IOException("premature end of JPEG file");
    }

    private void restart() throws IOException {
        checkSegmentUsed("before a restart marker");
        while (pos < data.length && u8(pos) == 0xFF) pos++;
        if (pos >= data.length || u8(pos) < 0xD0 || u8(pos) > 0xD7) throw new IOException("missing restart marker");
        pos++;
        resetBits();
        loadSegment();
        for (Component c : components) {
            c.dcPredictor = 0;
        }
        eobRun = 0;
    }

    private void endOfScan() throws IOException {
        checkSegmentUsed("after a scan");
        resetBits();
    }

    private int u8(int at) {
        return data[at] & 0xFF;
    }

    private int u16(int at) {
        return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : v > 255 ? 255 : v;
    }

    /** Canonical Huffman table with a 9-bit lookahead: {@code lookup[bits] = length << 8 | symbol}. */
    static final class Huffman {
        final int[] lookup = new int[1 << LOOKAHEAD];
        final int[] maxCode = new int[17];
        final int[] minCode = new int[17];
        final int[] valueOffset = new int[17];
        final byte[] symbols;
        /**
         * For AC tables: {@code value << 16 | run << 8 | bits} when a lookahead holds both the code
         * and its value bits (the common short coefficients), else 0.
         */
        final int[] fastAc = new int[1 << LOOKAHEAD];

        Huffman(int[] counts, byte[] symbols) throws IOException {
            this.symbols = symbols;
            int code = 0;
            int k = 0;
            for (int l = 1; l <= 16; l++) {
                minCode[l] = code;
                valueOffset[l] = k;
                for (int i = 0; i < counts[l]; i++, k++, code++) {
                    if (l <= LOOKAHEAD) {
                        int shift = LOOKAHEAD - l;
                        for (int f = code << shift, e = (code + 1) << shift; f < e; f++) {
                            lookup[f] = l << 8 | (symbols[k] & 0xFF);
                        }
                    }
                }
                maxCode[l] = counts[l] == 0 ? -1 : code - 1;
                if (code > (1 << l)) throw new IOException("bad Huffman table");
                code <<= 1;
            }
            for (int peek = 0; peek < lookup.length; peek++) {
                int entry = lookup[peek];
                if (entry == 0) continue;
                int length = entry >> 8;
                int rs = entry & 0xFF;
                int size = rs & 15;
                if (size == 0 || length + size > LOOKAHEAD) continue;
                int raw = (peek >> (LOOKAHEAD - length - size)) & ((1 << size) - 1);
                fastAc[peek] = extend(raw, size) << 16 | (rs >> 4) << 8 | (length + size);
            }
        }
    }
}
