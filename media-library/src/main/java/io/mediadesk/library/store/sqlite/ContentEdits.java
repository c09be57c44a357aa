package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.event.ChangeFeed;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.query.NameWords;
import io.mediadesk.library.store.PathTakenException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The edits a sync brings in from the service that import never makes: a move or rename, new
 * custom coordinates, and new content for an existing asset (a new version). One transaction and
 * one audit line each, like {@link AssetEdits}.
 */
final class ContentEdits {
    private final Transaction tx;
    private final Clock clock;
    private final ChangeFeed feed;

    ContentEdits(Transaction tx, Clock clock, ChangeFeed feed) {
        this.tx = tx;
        this.clock = clock;
        this.feed = feed;
    }

    void move(AssetId id, FolderPath folder, String name) {
        edit(id, "cannot move " + id, "move", folder.value() + name, (c, w, seq, now) -> {
            if (w.pathTaken(folder, name)) throw new PathTakenException(folder.value() + name);
            w.folders(folder, now);
            run(c, "UPDATE asset SET folder = ?, name = ?, name_words = ? WHERE seq = ?",
                    folder.value(), name, NameWords.indexed(name), seq);
        });
    }

    void coordinates(AssetId id, Optional<String> coordinates) {
        edit(id, "cannot set the coordinates of " + id, "coordinates.set", coordinates.orElse(""), (c, w, seq, now) ->
                run(c, "UPDATE asset SET custom_coordinates = ? WHERE seq = ?", coordinates.orElse(null), seq));
    }

    /** Takes {@code content}'s bytes-derived fields (hash, size, pixels, format, embedded metadata); keeps the rest. */
    void content(AssetId id, Asset content) {
        edit(id, "cannot replace the content of " + id, "content.replace", "sha256:" + content.contentHash(), (c, w, seq, now) -> {
            run(c, "UPDATE asset SET content_hash = ?, size = ?, width = ?, height = ?, format = ?, has_alpha = ?, orientation = ?, "
                    + "phash = ? WHERE seq = ?", content.contentHash(), content.size(), content.width(), content.height(),
                    content.format(), content.hasAlpha() ? 1 : 0, content.orientation(), content.perceptualHash().orElse(null), seq);
            w.replaceValues(seq, "embedded", content.embedded().asValues());
        });
    }

    @FunctionalInterface
    private interface Change {
        void apply(Connection c, AssetWriter w, long seq, Instant now) throws SQLException;
    }

    private void edit(AssetId id, String what, String action, String detail, Change change) {
        tx.write(what, (c, actor) -> {
            AssetWriter w = new AssetWriter(c);
            long seq = w.seq(id).orElseThrow(() -> new LibraryException("there is no asset " + id));
            Instant now = clock.instant();
            change.apply(c, w, seq, now);
            w.touch(seq, now);
            w.audit(now, actor, action, id, detail);
            return null;
        });
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id)));
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p == null) st.setNull(i + 1, Types.NULL);
                else st.setObject(i + 1, p);
            }
            st.executeUpdate();
        }
    }
}
