package io.mediadesk.library.store.sqlite;

import java.util.List;

/**
 * Schema version 6: two derived indexes for search, both kept by triggers so every write path
 * (and this migration) maintains them, whatever Java wrote the base rows.
 *
 * <p><b>Tags carry the sort key.</b> {@code asset_tag} is rebuilt with its asset's
 * {@code trashed}, {@code created_at} and {@code id} beside each row, indexed as
 * {@code (tag, trashed, created_at, id)}: "the newest 200 live assets tagged T" is then a walk of
 * 200 index entries instead of a lookup and a sort of every asset with the tag. The new columns
 * are NOT NULL with no default, so a writer that forgets them fails instead of hiding an asset;
 * the insert copies them from the asset row ({@link AssetWriter#insertTags}), and a trigger
 * follows every later change of the asset's trash flag, creation time or id.
 *
 * <p><b>A words table for {@code HAS}.</b> {@code asset_word} holds each word (as
 * {@link io.mediadesk.library.query.NameWords} cuts them: lower-cased runs of letters and
 * digits) of an asset's name, of each of its tags and of each text value of its custom and
 * embedded metadata, with {@code part} saying which tag or value gave it, so removing one tag
 * removes only its words. {@code HAS} becomes an index range per query word. The words come
 * from the connection's {@code mediadesk_word_list} function (registered by {@link SqliteCatalog}),
 * so the triggers need a Mediadesk connection: a write from a plain {@code sqlite3} shell fails
 * rather than leave the words stale.
 */
final class V6 {
    private V6() {
    }

    private static final String NAME_WORDS = "INSERT OR IGNORE INTO asset_word (source, field, word, asset, part) "
            + "SELECT 'name', '', j.value, NEW.seq, '' FROM json_each(mediadesk_word_list(NEW.name)) j;";
    private static final String TAG_WORDS = "INSERT OR IGNORE INTO asset_word (source, field, word, asset, part) "
            + "SELECT 'tags', '', j.value, NEW.asset, NEW.tag FROM json_each(mediadesk_word_list(NEW.tag)) j;";
    private static final String VALUE_WORDS = "INSERT OR IGNORE INTO asset_word (source, field, word, asset, part) "
            + "SELECT NEW.source, NEW.field, j.value, NEW.asset, NEW.position FROM json_each(mediadesk_word_list(NEW.text)) j "
            + "WHERE NEW.kind = 'text';";
    private static final String DROP_VALUE_WORDS = "DELETE FROM asset_word WHERE asset = OLD.asset AND source = OLD.source "
            + "AND field = OLD.field AND part = OLD.position;";

    static final List<String> STATEMENTS = List.of("""
            CREATE TABLE asset_tag_v6 (
                asset      INTEGER NOT NULL REFERENCES asset (seq) ON DELETE CASCADE,
                tag        TEXT NOT NULL,
                trashed    INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                id         TEXT NOT NULL,
                PRIMARY KEY (asset, tag)
            ) WITHOUT ROWID""",
            "INSERT INTO asset_tag_v6 (asset, tag, trashed, created_at, id) "
                    + "SELECT t.asset, t.tag, a.trashed, a.created_at, a.id FROM asset_tag t JOIN asset a ON a.seq = t.asset",
            "DROP TABLE asset_tag",
            "ALTER TABLE asset_tag_v6 RENAME TO asset_tag",
            // Serves tags IN (any sort, as a set of assets) and the newest/oldest page of one tag (no sort).
            "CREATE INDEX asset_tag_by_tag ON asset_tag (tag, trashed, created_at, id)",
            """
            CREATE TRIGGER asset_tag_follows_asset AFTER UPDATE OF trashed, created_at, id ON asset
            WHEN NEW.trashed IS NOT OLD.trashed OR NEW.created_at IS NOT OLD.created_at OR NEW.id IS NOT OLD.id
            BEGIN
                UPDATE asset_tag SET trashed = NEW.trashed, created_at = NEW.created_at, id = NEW.id WHERE asset = NEW.seq;
            END""",
            """
            CREATE TABLE asset_word (
                source TEXT NOT NULL CHECK (source IN ('name', 'tags', 'custom', 'embedded')),
                field  TEXT NOT NULL,
                word   TEXT NOT NULL,
                asset  INTEGER NOT NULL REFERENCES asset (seq) ON DELETE CASCADE,
                part   NOT NULL,
                PRIMARY KEY (source, field, word, asset, part)
            ) WITHOUT ROWID""",
            "CREATE INDEX asset_word_asset ON asset_word (asset)",
            "INSERT OR IGNORE INTO asset_word (source, field, word, asset, part) "
                    + "SELECT 'name', '', j.value, a.seq, '' FROM asset a, json_each(mediadesk_word_list(a.name)) j",
            "INSERT OR IGNORE INTO asset_word (source, field, word, asset, part) "
                    + "SELECT 'tags', '', j.value, t.asset, t.tag FROM asset_tag t, json_each(mediadesk_word_list(t.tag)) j",
            "INSERT OR IGNORE INTO asset_word (source, field, word, asset, part) SELECT v.source, v.field, j.value, v.asset, "
                    + "v.position FROM asset_value v, json_each(mediadesk_word_list(v.text)) j WHERE v.kind = 'text'",
            "CREATE TRIGGER asset_word_add AFTER INSERT ON asset BEGIN " + NAME_WORDS + " END",
            "CREATE TRIGGER asset_word_rename AFTER UPDATE OF name ON asset WHEN NEW.name IS NOT OLD.name BEGIN "
                    + "DELETE FROM asset_word WHERE asset = NEW.seq AND source = 'name'; " + NAME_WORDS + " END",
            "CREATE TRIGGER asset_word_tag_add AFTER INSERT ON asset_tag BEGIN " + TAG_WORDS + " END",
            "CREATE TRIGGER asset_word_tag_remove AFTER DELETE ON asset_tag BEGIN "
                    + "DELETE FROM asset_word WHERE asset = OLD.asset AND source = 'tags' AND part = OLD.tag; END",
            "CREATE TRIGGER asset_word_tag_change AFTER UPDATE OF tag ON asset_tag BEGIN "
                    + "DELETE FROM asset_word WHERE asset = OLD.asset AND source = 'tags' AND part = OLD.tag; " + TAG_WORDS + " END",
            "CREATE TRIGGER asset_word_value_add AFTER INSERT ON asset_value BEGIN " + VALUE_WORDS + " END",
            "CREATE TRIGGER asset_word_value_remove AFTER DELETE ON asset_value BEGIN " + DROP_VALUE_WORDS + " END",
            "CREATE TRIGGER asset_word_value_change AFTER UPDATE ON asset_value BEGIN " + DROP_VALUE_WORDS + " " + VALUE_WORDS + " END");
}
