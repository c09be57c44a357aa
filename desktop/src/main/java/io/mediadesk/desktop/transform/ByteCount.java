package io.mediadesk.desktop.transform;

import java.util.Locale;

/** Byte counts the way designers read them: 812 B, 48.2 KB, 1.31 MB (powers of 1024). */
public final class ByteCount {
    private ByteCount() {
    }

    public static String text(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, kb < 100 ? "%.1f KB" : "%.0f KB", kb);
        }
        return String.format(Locale.ROOT, "%.2f MB", kb / 1024.0);
    }
}
