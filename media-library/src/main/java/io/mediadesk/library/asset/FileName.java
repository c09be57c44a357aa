package io.mediadesk.library.asset;

import io.mediadesk.library.InvalidValueException;

/**
 * The service's file name rule: letters and digits of any script, {@code .}, {@code _} and
 * {@code -}; anything else (a space included) becomes {@code _}. Imported names are mapped onto
 * the rule so the same file keeps the same name locally and once uploaded.
 */
public final class FileName {
    public static final int MAX_LENGTH = 255;

    private FileName() {
    }

    public static String sanitized(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(MAX_LENGTH).forEach(cp -> out.appendCodePoint(allowed(cp) ? cp : '_'));
        String s = out.toString();
        // "." and ".." would be read as folder references by every path API.
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "_" + s : s;
    }

    public static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidValueException("name", "required", "a file name cannot be empty");
        }
        if (name.equals(".") || name.equals("..") || name.codePointCount(0, name.length()) > MAX_LENGTH
                || !name.codePoints().allMatch(FileName::allowed)) {
            throw new InvalidValueException("name", "characters", "file name \"" + name
                    + "\" may only hold letters, digits, ., _ and - (at most " + MAX_LENGTH + ")");
        }
        return name;
    }

    /** {@code photo_2.jpg} for {@code photo.jpg} and 2: how a clash with another file's name is resolved. */
    public static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "_" + n + name.substring(dot) : name + "_" + n;
    }

    private static boolean allowed(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-';
    }
}
