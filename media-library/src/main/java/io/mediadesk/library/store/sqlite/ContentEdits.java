package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.AssetVersion;
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

    /**
     * Takes {@code content}'s bytes-derived fields (hash, size, pixels, format, embedded metadata);
     * keeps the rest. The old content stays as a version: in the same transaction the asset's first
     * replace stores its implicit version 1, and every replace stores the new content as version n + 1.
     */
    void content(AssetId id, Asset content) {
        tx.write("cannot replace the content of " + id, (c, actor) -> {
            Current cur = current(c, id);
            Instant now = clock.instant();
            int number = cur.versions.get(0).number() + 1;
            write(c, cur, content, AssetVersion.of(number, content, now, Optional.of(actor)));
            cur.w.audit(now, actor, "content.replace", id, "version " + number + " sha256:" + content.contentHash());
            return null;
        });
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id)));
    }

    /** Adds version {@code number}'s content again as the newest version. */
    void restore(AssetId id, int number) {
        tx.write("cannot restore version " + number + " of " + id, (c, actor) -> {
            Current cur = current(c, id);
            int latest = cur.versions.get(0).number();
            AssetVersion old = cur.versions.stream().filter(v -> v.number() == number).findFirst()
                    .orElseThrow(() -> new InvalidValueException("version", "missing",
                            "asset " + id + " has no version " + number + " (its versions are 1.." + latest + ")"));
            if (number == latest) {
                throw new InvalidValueException("version", "current", "version " + number + " of " + id + " is its current content already");
            }
            Instant now = clock.instant();
            Asset content = old.applyTo(cur.asset, cur.stored ? VersionRows.embedded(c, cur.seq, number) : cur.asset.embedded());
            write(c, cur, content, AssetVersion.of(latest + 1, content, now, Optional.of(actor)));
            cur.w.audit(now, actor, "version.restore", id, "version " + number + " as version " + (latest + 1)
                    + " sha256:" + content.contentHash());
            return null;
        });
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id)));
    }

    /** The versions of {@code id}, newest first, with the implicit first one when none is stored. */
    List<AssetVersion> versions(AssetId id) {
        return tx.read("cannot list the versions of " + id, c -> current(c, id).versions);
    }

    /** An asset as it is now, with its versions (never empty). */
    private record Current(AssetWriter w, long seq, Asset asset, List<AssetVersion> versions, boolean stored) {
    }

    private static Current current(Connection c, AssetId id) throws SQLException {
        AssetWriter w = new AssetWriter(c);
        long seq = w.seq(id).orElseThrow(() -> new LibraryException("there is no asset " + id));
        Asset asset = AssetRows.load(c, "SELECT " + AssetRows.COLUMNS + " FROM asset a WHERE a.seq = ?", List.of(seq)).get(0);
        List<AssetVersion> stored = VersionRows.read(c, seq);
        return stored.isEmpty() ? new Current(w, seq, asset, List.of(AssetVersion.first(asset)), false)
                : new Current(w, seq, asset, stored, true);
    }

    private void write(Connection c, Current cur, Asset content, AssetVersion next) throws SQLException {
        if (!cur.stored) {
            VersionRows.insert(c, cur.seq, cur.versions.get(0));
            VersionRows.insertEmbedded(c, cur.seq, 1, cur.asset.embedded());
        }
        VersionRows.insert(c, cur.seq, next);
        VersionRows.insertEmbedded(c, cur.seq, next.number(), content.embedded());
        run(c, "UPDATE asset SET content_hash = ?, size = ?, width = ?, height = ?, format = ?, has_alpha = ?, orientation = ?, "
                + "phash = ? WHERE seq = ?", content.contentHash(), content.size(), content.width(), content.height(),
                content.format(), content.hasAlpha() ? 1 : 0, content.orientation(), content.perceptualHash().orElse(null), cur.seq);
        cur.w.replaceValues(cur.seq, "embedded", content.embedded().asValues());
        cur.w.touch(cur.seq, next.createdAt());
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
