package io.mediadesk.desktop.library;

import io.mediadesk.library.Library;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A library folder whose catalog is at schema 5, as the release before schema 6 left it: a new
 * library is opened (schema 6), then plain SQL takes schema 6's additions back out (the triggers,
 * the words table, the tag rows' sort keys) and adds assets as version 5 wrote them. Asset
 * {@code n} (from 1) is created at {@code n} ms and tagged {@code summer}.
 */
public final class Version5Library {
    private Version5Library() {
    }

    public static Path create(Path folder, String... names) throws Exception {
        Library.open(folder, Optional.empty()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("catalog.db"));
                Statement st = c.createStatement()) {
            List<String> triggers = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) triggers.add(rs.getString(1));
            }
            for (String t : triggers) st.execute("DROP TRIGGER " + t);
            st.execute("DROP TABLE asset_word");
            st.execute("DROP TABLE asset_tag");
            st.execute("CREATE TABLE asset_tag (asset INTEGER NOT NULL REFERENCES asset (seq) ON DELETE CASCADE, "
                    + "tag TEXT NOT NULL, PRIMARY KEY (asset, tag)) WITHOUT ROWID");
            st.execute("CREATE INDEX asset_tag_by_tag ON asset_tag (tag, asset)");
            st.execute("PRAGMA user_version = 5");
            for (int n = 1; n <= names.length; n++) {
                st.execute("INSERT INTO asset (seq, id, folder, name, name_words, content_hash, size, width, height, format, has_alpha, "
                        + "orientation, created_at, updated_at, sync_state) VALUES (" + n + ", '" + String.format("%024x", n) + "', '/', '"
                        + names[n - 1] + "', '', '" + String.format("%064x", n) + "', 10, 1, 1, 'jpg', 0, 1, " + n + ", " + n
                        + ", 'LOCAL_ONLY')");
                st.execute("INSERT INTO asset_tag (asset, tag) VALUES (" + n + ", 'summer')");
            }
        }
        return folder;
    }
}
