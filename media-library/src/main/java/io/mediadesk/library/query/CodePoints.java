package io.mediadesk.library.query;

/**
 * Text order by Unicode code point, which is the order of UTF-8 bytes and so of SQLite's BINARY
 * collation. {@link String#compareTo} orders UTF-16 units instead and disagrees for characters
 * above U+FFFF, so the reference evaluator must not use it.
 */
public final class CodePoints {
    private CodePoints() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
