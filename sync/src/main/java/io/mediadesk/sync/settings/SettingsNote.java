package io.mediadesk.sync.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line of a settings plan that writes nothing: a {@code conflict} (resolved by the steps beside
 * it), a {@code decide} (a conflict the sync will not settle alone: a field whose type or rules differ;
 * the CLI exits 6 until a person makes the two sides agree), or a {@code note}.
 */
public record SettingsNote(String kind, String subject, String text) {
    public static final String CONFLICT = "conflict";
    public static final String DECIDE = "decide";
    public static final String NOTE = "note";

    public String line() {
        return SettingsPlan.line(kind, "", subject, text);
    }

    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", kind);
        m.put("path", subject);
        m.put("detail", text);
        return m;
    }
}
