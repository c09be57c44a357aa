package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.asset.FolderPath;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.Field.Kind;
import io.mediadesk.library.query.NameWords;
import io.mediadesk.library.query.Operand;
import io.mediadesk.library.query.Operator;
import io.mediadesk.library.query.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Compiles a {@link Query} into a SQL condition on {@code asset a} with bound parameters. Values
 * only ever travel as parameters; the SQL text is built from this class's own fragments, so no
 * query can inject SQL. The meaning must equal {@code QueryEvaluator}'s, clause by clause; the
 * differential test holds the two together.
 */
final class SqlCompiler {
    /** The condition and its parameters, in order. */
    record Sql(String where, List<Object> params) {
    }

    /**
     * Counts the words-table rows one query word reaches, stopping at {@code cap}: the estimate a
     * page's {@code HAS} is planned with ({@code prefix}: rows whose word starts with it).
     */
    interface WordCounter {
        long rows(String source, String field, String word, boolean prefix, long cap);
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    /** Null when no plan is wanted (counts, id lists): every word is then its set, as before. */
    private final WordCounter counter;
    /** Rows from which a word counts as common: walking the page order is then cheaper than its set. */
    private final long common;
    /** Whether the node being compiled is one of the filter's top-level AND parts. */
    private boolean top = true;

    private SqlCompiler(WordCounter counter, long common) {
        this.counter = counter;
        this.common = common;
    }

    static Sql compile(Query query) {
        return compile(query, null, 0);
    }

    /**
     * Compiles for a page: a {@code HAS} among the top-level AND parts is planned with
     * {@code counter} (see {@link #words}); {@code common} is the row count from which a word is
     * common. Same meaning as {@link #compile(Query)}, different SQL.
     */
    static Sql compileForPage(Query query, WordCounter counter, long common) {
        return compile(query, counter, common);
    }

    private static Sql compile(Query query, WordCounter counter, long common) {
        SqlCompiler c = new SqlCompiler(counter, common);
        c.node(query);
        return new Sql(c.sql.toString(), List.copyOf(c.params));
    }

    /**
     * A filter that only matches assets carrying one given tag: {@code tags IN ["t"]}, alone or as
     * one part of the top-level AND; {@code rest} is what the other parts ask ({@link Query#ALL}
     * when nothing). The repository then reads the page off the tag's rows, which carry the sort
     * key (schema 6), instead of sorting every asset with the tag.
     */
    record OneTag(String tag, Query rest) {
    }

    static java.util.Optional<OneTag> oneTag(Query query) {
        List<Query> parts = new ArrayList<>();
        conjuncts(query, parts);
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Query.Clause c && c.field().kind() == Kind.TAGS && c.op() != Operator.EXISTS
                    && c.op() != Operator.HAS && c.values().stream().map(Operand::text).distinct().count() == 1) {
                List<Query> rest = new ArrayList<>(parts);
                rest.remove(i);
                return java.util.Optional.of(new OneTag(c.value().text(),
                        rest.isEmpty() ? Query.ALL : rest.size() == 1 ? rest.get(0) : new Query.And(rest)));
            }
        }
        return java.util.Optional.empty();
    }

    private static void conjuncts(Query q, List<Query> out) {
        if (q instanceof Query.And and) and.parts().forEach(p -> conjuncts(p, out));
        else out.add(q);
    }

    private void node(Query q) {
        if (q instanceof Query.All) {
            sql.append("1");
        } else if (q instanceof Query.And and) {
            join(and.parts(), " AND ");
        } else if (q instanceof Query.Or or) {
            boolean was = top;
            top = false;
            join(or.parts(), " OR ");
            top = was;
        } else if (q instanceof Query.Not not) {
            boolean was = top;
            top = false;
            sql.append("NOT (");
            node(not.part());
            sql.append(')');
            top = was;
        } else {
            clause((Query.Clause) q);
        }
    }

    private void join(List<Query> parts, String glue) {
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) sql.append(glue);
            node(parts.get(i));
        }
        sql.append(')');
    }

    private void clause(Query.Clause c) {
        switch (c.field().kind()) {
            case NAME -> name(c);
            case TAGS -> tags(c);
            case TYPE -> sql.append(c.values().stream().anyMatch(v -> v.text().equals("file")) ? "1" : "0");
            case ID -> compare("a.id", c, Operand::text);
            case CREATED_AT -> compare("a.created_at", c, v -> v.instant().toEpochMilli());
            case UPDATED_AT -> compare("a.updated_at", c, v -> v.instant().toEpochMilli());
            case WIDTH -> compare("a.width", c, Operand::number);
            case HEIGHT -> compare("a.height", c, Operand::number);
            case SIZE -> compare("a.size", c, Operand::number);
            case FORMAT -> compare("a.format", c, Operand::text);
            case PATH -> path(c);
            case TRANSPARENCY -> compare("a.has_alpha", c, v -> ((MetaValue.Flag) v.value()).value() ? 1 : 0);
            case RATING -> compare("a.rating", c, Operand::number);
            case LABEL -> compare("a.label", c, Operand::text);
            case CUSTOM, EMBEDDED -> new MetadataSql(sql, params, this).clause(c, c.field().kind() == Kind.CUSTOM ? "custom" : "embedded");
        }
    }

    /** {@code column op ?}, or {@code column IN (?, ...)}. */
    private void compare(String column, Query.Clause c, Function<Operand, Object> param) {
        if (c.op() == Operator.IN) {
            sql.append(column).append(" IN (").append(String.join(", ", Collections.nCopies(c.values().size(), "?"))).append(')');
            c.values().forEach(v -> params.add(param.apply(v)));
        } else {
            sql.append(column).append(' ').append(c.op().spelling()).append(" ?");
            params.add(param.apply(c.value()));
        }
    }

    private void name(Query.Clause c) {
        switch (c.op()) {
            case PREFIX -> prefix("a.name", c.value().text());
            case HAS -> words("name", "", c.value().text());
            default -> compare("a.name", c, Operand::text);
        }
    }

    /**
     * {@code HAS} through the words table (schema 6): every query word but the last is one of the
     * source's words, the last starts one, each an index lookup on {@code (source, field, word)}.
     * No words at all (only punctuation) asks for nothing, as in the reference.
     *
     * <p>Each word is asked one of two ways, same meaning: as its <b>set</b>
     * ({@code a.seq IN (SELECT w.asset ...)}, built whole from the word's index range) or as a
     * <b>probe</b> of the asset's own words (a scalar subquery on {@code asset_word_asset}, whose
     * entries are {@code (asset, source, field, word, part)}: a few index steps per asset). A set
     * costs the word's rows; a common word (most of the library) costs hundreds of thousands. So a
     * page's top-level HAS counts each word's rows up to {@link #common}: the rarest word under it
     * is the set that drives the query and the others are probes of its candidates; when every
     * word is common, all are probes and SQLite walks the page order's index testing each asset
     * until the page is full (about (skip + limit) / share-of-the-library assets). Not a
     * correlated {@code EXISTS}: see {@link MetadataSql} on SQLite 3.51 and {@code OFFSET}.
     */
    void words(String source, String field, String text) {
        List<String> words = NameWords.of(text);
        if (words.isEmpty()) {
            sql.append('1');
            return;
        }
        int driver = -1; // the word kept as a set: -1 none (all common, all probes), -2 all (no plan)
        if (counter == null || !top) {
            driver = -2;
        } else if (common > 0) {
            long fewest = common;
            for (int i = 0; i < words.size(); i++) {
                long rows = counter.rows(source, field, words.get(i), i == words.size() - 1, common);
                if (rows < fewest) {
                    fewest = rows;
                    driver = i;
                }
            }
        }
        sql.append('(');
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sql.append(" AND ");
            boolean set = driver == -2 || driver == i;
            sql.append(set ? "a.seq IN (SELECT w.asset FROM asset_word w WHERE "
                    : "(SELECT 1 FROM asset_word w INDEXED BY asset_word_asset WHERE w.asset = a.seq AND ");
            word(source, field, words.get(i), i == words.size() - 1);
            sql.append(set ? ")" : " LIMIT 1) IS NOT NULL");
        }
        sql.append(')');
    }

    /** The condition on {@code asset_word w} of one query word (a prefix: the last word of a HAS). */
    static Sql wordRange(String source, String field, String word, boolean prefix) {
        SqlCompiler c = new SqlCompiler(null, 0);
        c.word(source, field, word, prefix);
        return new Sql(c.sql.toString(), List.copyOf(c.params));
    }

    private void word(String source, String field, String word, boolean prefix) {
        sql.append("w.source = ? AND w.field = ? AND ");
        params.add(source);
        params.add(field);
        if (prefix) {
            prefix("w.word", word);
        } else {
            sql.append("w.word = ?");
            params.add(word);
        }
    }

    /**
     * A prefix as a range, so the index serves it: every text starting with p lies in
     * [p, p with its last code point raised by one). Falls back to substr when that point is the
     * last one Unicode has.
     */
    void prefix(String column, String p) {
        if (p.isEmpty()) {
            sql.append("1");
            return;
        }
        int last = p.codePointBefore(p.length());
        if (last == Character.MAX_CODE_POINT) {
            sql.append("substr(").append(column).append(", 1, ?) = ?");
            params.add(p.codePointCount(0, p.length()));
            params.add(p);
            return;
        }
        int next = last + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : last + 1;
        String upper = p.substring(0, p.length() - Character.charCount(last)) + Character.toString(next);
        sql.append('(').append(column).append(" >= ? AND ").append(column).append(" < ?)");
        params.add(p);
        params.add(upper);
    }

    private void tags(Query.Clause c) {
        if (c.op() == Operator.EXISTS) {
            // IN, not a correlated EXISTS: see MetadataSql on SQLite 3.51 and OFFSET.
            sql.append("a.seq IN (SELECT t.asset FROM asset_tag t)");
            return;
        }
        if (c.op() == Operator.HAS) {
            words("tags", "", c.value().text());
            return;
        }
        sql.append("a.seq IN (SELECT t.asset FROM asset_tag t WHERE t.tag IN (")
                .append(String.join(", ", Collections.nCopies(c.values().size(), "?"))).append("))");
        c.values().forEach(v -> params.add(v.text()));
    }

    private void path(Query.Clause c) {
        if (c.op() != Operator.PREFIX) {
            compare("a.folder", c, Operand::text);
            return;
        }
        prefix("a.folder", FolderPath.parse(c.value().text()).value());
    }
}
