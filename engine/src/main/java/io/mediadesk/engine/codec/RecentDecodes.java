package io.mediadesk.engine.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last few decodes, for a caller that decodes one file again and again: the desktop preview
 * renders the same source on every keystroke, and decoding a 12 MP JPEG costs far more than
 * everything after it. An entry is found by what decides its pixels: the file (path, size,
 * modification time, so an edited file is decoded afresh), the subsampling factor (not the target
 * size: {@code w-800} and {@code w-810} decode alike; but an SVG is drawn at the target size, so
 * for SVG the target is part of the key), the TIFF page, and the animation and strictness options.
 * Sharing is safe because pixel stages never mutate their input.
 */
final class RecentDecodes {
    private final int capacity;
    private final Map<Entry, DecodedImage> entries = new LinkedHashMap<>(4, 0.75f, true);

    private record Entry(Path file, long size, long modified, int subsampling, boolean animate, boolean strict,
            int vectorWidth, int vectorHeight, int page) {
    }

    RecentDecodes(int capacity) {
        this.capacity = capacity;
    }

    synchronized Optional<DecodedImage> find(Path file, ImageInfo info, DecodeOptions options) {
        return entry(file, info, options).map(entries::get);
    }

    synchronized void keep(Path file, ImageInfo info, DecodeOptions options, DecodedImage decoded) {
        entry(file, info, options).ifPresent(key -> {
            entries.put(key, decoded);
            while (entries.size() > capacity) {
                entries.remove(entries.keySet().iterator().next()); // least recently used first
            }
        });
    }

    /** Empty when the file's facts cannot be read: then nothing is cached. */
    private static Optional<Entry> entry(Path file, ImageInfo info, DecodeOptions options) {
        boolean vector = info.format() == ImageFormat.SVG; // drawn at the target size, so that is part of the key
        try {
            return Optional.of(new Entry(file.toAbsolutePath().normalize(), Files.size(file),
                    Files.getLastModifiedTime(file).toMillis(), Subsampling.factor(info, options), options.animate(),
                    options.strict(), vector ? options.targetWidth() : 0, vector ? options.targetHeight() : 0,
                    options.page()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
