package io.mediadesk.library.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * Catalogs as an older Mediadesk wrote them, built with that version's own statements and plain
 * SQL (no Mediadesk code path), for the migration tests: asset {@code n} (seq n, from 1) is named
 * {@code photo-n.jpg} (id: n in 24 hex digits), created at {@code n} ms, tagged {@code common} and {@code tag-n}, with the
 * custom text value {@code brand-n} when {@code n} is even.
 */
final class OldCatalogs {
    private OldCatalogs() {
    }

    static final List<List<String>> STEPS = List.of(V1.STATEMENTS, V2.STATEMENTS, V3.STATEMENTS, V4.STATEMENTS, V5.STATEMENTS);

    /** A catalog at {@code version} (1 to 5) holding {@code assets} assets. */
    static Path build(Path file, int version, int assets) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (List<String> step : STEPS.subList(0, version)) {
                    for (String sql : step) st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + version);
                st.execute("INSERT INTO custom_field (name, label, type, required) VALUES ('brand', 'Brand', 'Text', 0)");
            }
            try (PreparedStatement asset = c.prepareStatement("INSERT INTO asset (seq, id, folder, name, name_words, content_hash, "
                    + "size, width, height, format, has_alpha, orientation, created_at, updated_at, sync_state) "
                    + "VALUES (?, ?, '/', ?, '', ?, 10, 1, 1, 'jpg', 0, 1, ?, ?, 'LOCAL_ONLY')");
                    PreparedStatement tag = c.prepareStatement("INSERT INTO asset_tag (asset, tag) VALUES (?, ?)");
                    PreparedStatement value = c.prepareStatement("INSERT INTO asset_value (asset, source, field, position, list, kind, "
                            + "text, num) VALUES (?, 'custom', 'brand', 0, 0, 'text', ?, NULL)")) {
                for (int n = 1; n <= assets; n++) {
                    asset.setInt(1, n);
                    asset.setString(2, String.format("%024x", n));
                    asset.setString(3, "photo-" + n + ".jpg");
                    asset.setString(4, String.format("%064x", n));
                    asset.setLong(5, n);
                    asset.setLong(6, n);
                    asset.addBatch();
                    for (String t : List.of("common", "tag-" + n)) {
                        tag.setInt(1, n);
                        tag.setString(2, t);
                        tag.addBatch();
                    }
                    if (n % 2 == 0) {
                        value.setInt(1, n);
                        value.setString(2, "brand-" + n);
                        value.addBatch();
                    }
                }
                asset.executeBatch();
                tag.executeBatch();
                value.executeBatch();
            }
            c.commit();
        }
        return file;
    }

    /** {@code PRAGMA user_version}, read by a plain connection. */
    static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Migrations.userVersion(c);
        }
    }
}
