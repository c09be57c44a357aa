package io.mediadesk.engine.codec;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * Reads a {@link PhotoMetadata} with metadata-extractor. It lives in the codec package because
 * metadata is part of reading an image file, and so that the library needs no image library of
 * its own. Hostile metadata (cyclic IFDs, absurd counts) must never fail an import: any failure,
 * including a stack overflow, yields what was read so far or {@link PhotoMetadata#NONE}. Strings
 * and keyword lists are capped so a metadata bomb cannot bloat a catalog.
 */
public final class PhotoMetadataReader {
    static final int MAX_TEXT = 200;
    static final int MAX_KEYWORDS = 200;

    /** Call only on a file the probe accepted: the probe's magic-byte check guards the parser choice. */
    public PhotoMetadata read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return summarise(ImageMetadataReader.readMetadata(in, Files.size(file)));
        } catch (Exception | StackOverflowError e) {
            return PhotoMetadata.NONE;
        }
    }

    private static PhotoMetadata summarise(Metadata m) {
        Optional<GeoLocation> where = location(m);
        return new PhotoMetadata(taken(m), text(m, ExifIFD0Directory.class, ExifIFD0Directory.TAG_MAKE),
                text(m, ExifIFD0Directory.class, ExifIFD0Directory.TAG_MODEL),
                where.map(GeoLocation::getLatitude), where.map(GeoLocation::getLongitude), keywords(m));
    }

    private static Optional<Instant> taken(Metadata m) {
        for (ExifSubIFDDirectory d : m.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            Date date = d.getDateOriginal(TimeZone.getTimeZone("UTC"));
            if (date != null) return Optional.of(date.toInstant());
        }
        return Optional.empty();
    }

    private static Optional<String> text(Metadata m, Class<? extends com.drew.metadata.Directory> type, int tag) {
        var d = m.getFirstDirectoryOfType(type);
        String value = d == null ? null : d.getString(tag);
        return Optional.ofNullable(clean(value));
    }

    private static Optional<GeoLocation> location(Metadata m) {
        GpsDirectory gps = m.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation where = gps == null ? null : gps.getGeoLocation();
        return where == null || where.isZero() ? Optional.empty() : Optional.of(where);
    }

    private static List<String> keywords(Metadata m) {
        Set<String> out = new LinkedHashSet<>();
        for (IptcDirectory d : m.getDirectoriesOfType(IptcDirectory.class)) {
            List<String> iptc = d.getKeywords();
            if (iptc != null) iptc.forEach(k -> add(out, k));
        }
        for (XmpDirectory d : m.getDirectoriesOfType(XmpDirectory.class)) {
            // "dc:subject[1]", "dc:subject[2]", ...: sorted by index so file order survives.
            Map<Integer, String> subjects = new TreeMap<>();
            d.getXmpProperties().forEach((path, value) -> {
                if (path.startsWith("dc:subject[") && path.endsWith("]")) {
                    subjects.put(index(path), value);
                }
            });
            subjects.values().forEach(k -> add(out, k));
        }
        return new ArrayList<>(out);
    }

    private static int index(String path) {
        try {
            return Integer.parseInt(path.substring("dc:subject[".length(), path.length() - 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static void add(Set<String> out, String keyword) {
        String k = clean(keyword);
        if (k != null && out.size() < MAX_KEYWORDS) out.add(k);
    }

    private static String clean(String value) {
        if (value == null) return null;
        String v = value.replaceAll("\\p{Cntrl}", " ").strip();
        if (v.isEmpty()) return null;
        return v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v;
    }
}
