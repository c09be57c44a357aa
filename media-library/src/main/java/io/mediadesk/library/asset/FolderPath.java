package io.mediadesk.library.asset;

import io.mediadesk.library.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder in the library's tree, written as the service writes {@code folderPath}: a leading and a
 * trailing slash, {@code /} for the root, {@code /sales/banners/} below it. Segment characters are
 * the service's upload rule (letters and digits of any script, {@code _} and {@code -}), nesting is
 * at most 50 levels. {@link #parse} refuses anything else; {@link #sanitizedSegment} maps a name
 * from disk onto the rule the way the service does, by turning every other character into {@code _}.
 */
public record FolderPath(String value) implements Comparable<FolderPath> {
    public static final int MAX_DEPTH = 50;
    public static final int MAX_SEGMENT_LENGTH = 255;
    private static final FolderPath ROOT = new FolderPath("/");

    public FolderPath {
        check(value);
    }

    public static FolderPath root() {
        return ROOT;
    }

    /** Accepts {@code a/b}, {@code /a/b} and {@code /a/b/}; refuses empty segments and other characters. */
    public static FolderPath parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("folder", "required", "a folder path cannot be empty; the root is /");
        }
        String v = text.startsWith("/") ? text : "/" + text;
        return new FolderPath(v.endsWith("/") ? v : v + "/");
    }

    /** A folder name from disk turned into a valid segment: every disallowed character becomes {@code _}. */
    public static String sanitizedSegment(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(MAX_SEGMENT_LENGTH).forEach(cp -> out.appendCodePoint(allowed(cp) ? cp : '_'));
        return out.length() == 0 ? "_" : out.toString();
    }

    public FolderPath child(String segment) {
        return new FolderPath(value + segment + "/");
    }

    public boolean isRoot() {
        return value.equals("/");
    }

    public FolderPath parent() {
        if (isRoot()) return this;
        int cut = value.lastIndexOf('/', value.length() - 2);
        return new FolderPath(value.substring(0, cut + 1));
    }

    /** The last segment; empty for the root. */
    public String name() {
        return isRoot() ? "" : value.substring(value.lastIndexOf('/', value.length() - 2) + 1, value.length() - 1);
    }

    /** This folder and every folder above it, root first. */
    public List<FolderPath> lineage() {
        List<FolderPath> out = new ArrayList<>();
        for (FolderPath p = this; ; p = p.parent()) {
            out.add(0, p);
            if (p.isRoot()) return out;
        }
    }

    /** Whether this is {@code ancestor} or lies below it (the {@code path :} subtree test). */
    public boolean isWithin(FolderPath ancestor) {
        return value.startsWith(ancestor.value);
    }

    public int depth() {
        return (int) value.chars().filter(c -> c == '/').count() - 1;
    }

    private static void check(String v) {
        if (v == null || !v.startsWith("/") || !v.endsWith("/")) {
            throw new InvalidValueException("folder", "format", "a folder path starts and ends with /: " + v);
        }
        if (v.length() == 1) return;
        String[] segments = v.substring(1, v.length() - 1).split("/", -1);
        if (segments.length > MAX_DEPTH) {
            throw new InvalidValueException("folder", "maxDepth", "folder " + v + " is nested " + segments.length
                    + " levels; at most " + MAX_DEPTH);
        }
        for (String s : segments) {
            checkSegment(v, s);
        }
    }

    private static void checkSegment(String path, String s) {
        if (s.isEmpty()) {
            throw new InvalidValueException("folder", "emptySegment", "folder " + path + " has an empty name between slashes");
        }
        if (s.codePointCount(0, s.length()) > MAX_SEGMENT_LENGTH) {
            throw new InvalidValueException("folder", "maxLength", "a folder name in " + path + " is longer than "
                    + MAX_SEGMENT_LENGTH + " characters");
        }
        if (!s.codePoints().allMatch(FolderPath::allowed)) {
            throw new InvalidValueException("folder", "characters", "folder name \"" + s + "\" in " + path
                    + " may only hold letters, digits, _ and -");
        }
    }

    private static boolean allowed(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '-';
    }

    @Override
    public int compareTo(FolderPath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
