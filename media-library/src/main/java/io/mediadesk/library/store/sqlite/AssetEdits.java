package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.LibraryException;
import io.mediadesk.library.asset.Asset;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Tag;
import io.mediadesk.library.event.ChangeFeed;
import io.mediadesk.library.event.LibraryChange;
import io.mediadesk.library.metadata.MetaValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Changes to existing assets: tags, custom metadata, trash. Each call is one transaction over all
 * its assets (a bulk edit applies to all or none), writes one audit line per changed asset, and
 * publishes one change event after the commit. Unknown ids are skipped; callers that must refuse
 * them ask {@code missing} first.
 */
final class AssetEdits {
    private final Transaction tx;
    private final Clock clock;
    private final ChangeFeed feed;

    AssetEdits(Transaction tx, Clock clock, ChangeFeed feed) {
        this.tx = tx;
        this.clock = clock;
        this.feed = feed;
    }

    int tags(Collection<AssetId> ids, Collection<Tag> tags, boolean add) {
        String action = add ? "tag.add" : "tag.remove";
        List<AssetId> changed = tx.write("cannot " + (add ? "add" : "remove") + " tags", (c, actor) -> {
            AssetWriter w = new AssetWriter(c);
            Instant now = clock.instant();
            List<AssetId> out = new ArrayList<>();
            for (AssetId id : new TreeSet<>(ids)) {
                OptionalLong seq = w.seq(id);
                if (seq.isEmpty()) continue;
                TreeSet<Tag> before = currentTags(c, seq.getAsLong());
                TreeSet<Tag> after = new TreeSet<>(before);
                if (add) after.addAll(tags); else after.removeAll(tags);
                if (after.equals(before)) continue;
                checkTotal(id, after);
                if (add) w.insertTags(seq.getAsLong(), tags); else w.deleteTags(seq.getAsLong(), tags);
                w.touch(seq.getAsLong(), now);
                w.audit(now, actor, action, id, tags.stream().map(Tag::value).sorted().toList().toString());
                out.add(id);
            }
            return out;
        });
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, changed));
        return changed.size();
    }

    private static void checkTotal(AssetId id, Collection<Tag> tags) {
        try {
            Tag.checkTotal(tags);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.subject(), e.rule(), "asset " + id + ": " + e.getMessage());
        }
    }

    Asset customMetadata(AssetId id, Map<String, MetaValue> checked, Function<AssetId, Optional<Asset>> find) {
        tx.write("cannot set custom metadata of " + id, (c, actor) -> {
            AssetWriter w = new AssetWriter(c);
            long seq = w.seq(id).orElseThrow(() -> new LibraryException("there is no asset " + id));
            Instant now = clock.instant();
            w.replaceValues(seq, "custom", checked);
            w.touch(seq, now);
            w.audit(now, actor, "metadata.set", id, String.join(",", checked.keySet()));
            return null;
        });
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, List.of(id)));
        return find.apply(id).orElseThrow();
    }

    /**
     * Sets the rating or the colour label of many assets in one transaction; assets that already
     * have it are not touched or audited. {@code column} is {@code rating} or {@code label}.
     */
    int mark(Collection<AssetId> ids, String column, Object value, String action) {
        if (!column.equals("rating") && !column.equals("label")) throw new IllegalArgumentException(column);
        List<AssetId> changed = tx.write("cannot set the " + column + " of " + ids.size() + " assets", (c, actor) -> {
            AssetWriter w = new AssetWriter(c);
            Instant now = clock.instant();
            List<AssetId> out = new ArrayList<>();
            for (AssetId id : new TreeSet<>(ids)) {
                OptionalLong seq = w.seq(id);
                if (seq.isPresent() && w.setMark(seq.getAsLong(), column, value, now)) {
                    w.audit(now, actor, action, id, String.valueOf(value));
                    out.add(id);
                }
            }
            return out;
        });
        feed.publish(new LibraryChange(LibraryChange.Kind.UPDATED, changed));
        return changed.size();
    }

    int trash(Collection<AssetId> ids, boolean trashed) {
        List<AssetId> changed = tx.write(trashed ? "cannot move assets to the trash" : "cannot restore assets", (c, actor) -> {
            AssetWriter w = new AssetWriter(c);
            Instant now = clock.instant();
            List<AssetId> out = new ArrayList<>();
            for (AssetId id : new TreeSet<>(ids)) {
                OptionalLong seq = w.seq(id);
                if (seq.isPresent() && w.setTrashed(seq.getAsLong(), trashed, now)) {
                    if (!trashed) w.folders(assetFolder(c, seq.getAsLong()), now);
                    w.audit(now, actor, trashed ? "trash" : "restore", id, "");
                    out.add(id);
                }
            }
            return out;
        });
        feed.publish(new LibraryChange(trashed ? LibraryChange.Kind.TRASHED : LibraryChange.Kind.RESTORED, changed));
        return changed.size();
    }

    private static io.mediadesk.library.asset.FolderPath assetFolder(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT folder FROM asset WHERE seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new io.mediadesk.library.asset.FolderPath(rs.getString(1));
            }
        }
    }

    private static TreeSet<Tag> currentTags(Connection c, long seq) throws SQLException {
        TreeSet<Tag> out = new TreeSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT tag FROM asset_tag WHERE asset = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new Tag(rs.getString(1)));
            }
        }
        return out;
    }
}
