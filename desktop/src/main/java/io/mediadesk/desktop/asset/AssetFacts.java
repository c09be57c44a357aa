package io.mediadesk.desktop.asset;

import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.EmbeddedMetadata;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** An asset's facts as label and text rows, in the order a person scans them; absent values are left out. */
public final class AssetFacts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private AssetFacts() {
    }

    public static Map<String, String> of(Asset a) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Name", a.name());
        rows.put("Folder", a.folder().value());
        rows.put("Format", a.format().toUpperCase(Locale.ROOT) + (a.hasAlpha() ? " with transparency" : ""));
        rows.put("Dimensions", a.width() + " × " + a.height() + " px");
        rows.put("Size", size(a.size()));
        rows.put("Added", WHEN.format(a.createdAt()));
        embedded(a.embedded(), rows);
        return rows;
    }

    private static void embedded(EmbeddedMetadata m, Map<String, String> rows) {
        m.dateTimeOriginal().ifPresent(d -> rows.put("Taken", WHEN.format(d)));
        m.camera().ifPresent(c -> rows.put("Camera", c));
        if (m.latitude().isPresent() && m.longitude().isPresent()) {
            rows.put("GPS", String.format(Locale.ROOT, "%.5f, %.5f", m.latitude().get(), m.longitude().get()));
        }
        if (!m.keywords().isEmpty()) rows.put("Keywords", String.join(", ", m.keywords()));
    }

    public static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
