package io.mediadesk.engine.codec;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One TIFF image file directory (IFD), read with hard bounds: TIFF files and EXIF blocks share
 * this structure, and hostile files use it for cycles, absurd counts and offsets past the end.
 * Only scalar values are read; nothing follows a pointer except the next-IFD chain, which is
 * cycle-checked and capped.
 */
final class TiffDirectory {
    static final int MAX_ENTRIES = 1024;
    static final int MAX_CHAINED_IFDS = 10_000;

    private record Entry(int type, long count, long valuePosition) {}

    private final ByteReader in;
    private final long base;
    private final boolean little;
    private final Map<Integer, Entry> entries = new HashMap<>();
    private long next;

    private TiffDirectory(ByteReader in, long base, boolean little) {
        this.in = in;
        this.base = base;
        this.little = little;
    }

    /** Reads the byte-order mark at {@code base}; true for little-endian ("II"). */
    static boolean byteOrder(ByteReader in, long base) {
        in.seek(base);
        int a = in.u8();
        int b = in.u8();
        if (a == 'I' && b == 'I') return true;
        if (a == 'M' && b == 'M') return false;
        throw ImageRejectedException.corrupt("bad TIFF byte-order mark");
    }

    static TiffDirectory read(ByteReader in, long base, boolean little, long offset) {
        TiffDirectory dir = new TiffDirectory(in, base, little);
        in.seek(base + offset);
        int count = in.u16(little);
        if (count > MAX_ENTRIES) throw ImageRejectedException.corrupt("TIFF directory with " + count + " entries");
        for (int i = 0; i < count; i++) {
            int tag = in.u16(little);
            int type = in.u16(little);
            long n = in.u32(little);
            dir.entries.putIfAbsent(tag, new Entry(type, n, in.position()));
            in.skip(4);
        }
        dir.next = in.u32(little);
        return dir;
    }

    /** Counts the directories in the chain starting at {@code first}, stopping at a cycle or the cap. */
    static int countChain(ByteReader in, long base, boolean little, long first) {
        Set<Long> seen = new HashSet<>();
        long offset = first;
        int pages = 0;
        while (offset != 0 && pages < MAX_CHAINED_IFDS && seen.add(offset)) {
            if (base + offset + 2 > in.size()) break;
            in.seek(base + offset);
            int count = in.u16(little);
            long nextPosition = base + offset + 2 + 12L * count;
            if (nextPosition + 4 > in.size()) break;
            pages++;
            in.seek(nextPosition);
            offset = in.u32(little);
        }
        return Math.max(1, pages);
    }

    boolean has(int tag) {
        return entries.containsKey(tag);
    }

    long nextOffset() {
        return next;
    }

    long count(int tag) {
        Entry e = entries.get(tag);
        return e == null ? 0 : e.count;
    }

    /** The first value of a BYTE/SHORT/LONG tag, or {@code fallback} when absent or of another type. */
    long first(int tag, long fallback) {
        Entry e = entries.get(tag);
        if (e == null || e.count < 1) return fallback;
        int size = switch (e.type) {
            case 1 -> 1;
            case 3 -> 2;
            case 4 -> 4;
            default -> 0;
        };
        if (size == 0) return fallback;
        in.seek(e.valuePosition);
        if (size * e.count > 4) in.seek(base + in.u32(little));
        return switch (size) {
            case 1 -> in.u8();
            case 2 -> in.u16(little);
            default -> in.u32(little);
        };
    }
}
