package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.query.Operand;
import io.mediadesk.library.query.Operator;
import io.mediadesk.library.query.Query;
import java.util.List;

/**
 * Metadata clauses as {@code a.seq IN (SELECT ... FROM asset_value ...)}: a clause holds when some
 * stored scalar of the field matches some operand, and a scalar matches only an operand of its own
 * kind (text with text, a date with a text that reads as a date, number with number, boolean with
 * boolean). Mirrors {@code QueryEvaluator.scalar}.
 *
 * <p>Not a correlated {@code EXISTS}: SQLite 3.51 (sqlite-jdbc 3.51.1.0) turns such an EXISTS into
 * a semi-join and then counts an asset with two matching rows twice against {@code OFFSET}, so a
 * page started one asset early. The differential test caught it; the IN form is not affected
 * and uses the {@code (source, field, text)} index as well.
 */
final class MetadataSql {
    private final StringBuilder sql;
    private final List<Object> params;

    private final SqlCompiler compiler;

    MetadataSql(StringBuilder sql, List<Object> params, SqlCompiler compiler) {
        this.sql = sql;
        this.params = params;
        this.compiler = compiler;
    }

    void clause(Query.Clause c, String source) {
        if (c.op() == Operator.HAS) {
            has(c, source);
            return;
        }
        sql.append("a.seq IN (SELECT v.asset FROM asset_value v WHERE v.source = ? AND v.field = ?");
        params.add(source);
        params.add(c.field().key());
        if (c.op() != Operator.EXISTS) {
            sql.append(" AND (");
            for (int i = 0; i < c.values().size(); i++) {
                if (i > 0) sql.append(" OR ");
                operand(c.op(), c.values().get(i));
            }
            sql.append(')');
        }
        sql.append(')');
    }

    /** Each word in some text scalar of the field (the words of all of them together, as the reference says). */
    private void has(Query.Clause c, String source) {
        compiler.words(source, c.field().key(), c.value().text());
    }

    private void operand(Operator op, Operand v) {
        String cmp = op == Operator.IN ? "=" : op.spelling();
        if (v.value() instanceof MetaValue.Text t) {
            text(op, cmp, t.value());
            if (op != Operator.PREFIX && v.date().isPresent()) {
                sql.append(" OR (v.kind = 'date' AND v.num ").append(cmp).append(" ?)");
                params.add(v.date().get().toEpochMilli());
            }
        } else if (v.value() instanceof MetaValue.Num n) {
            sql.append(op == Operator.PREFIX ? "0" : "(v.kind = 'number' AND v.num " + cmp + " ?)");
            if (op != Operator.PREFIX) params.add(n.value());
        } else if (v.value() instanceof MetaValue.Flag f && (op == Operator.EQ || op == Operator.IN)) {
            sql.append("(v.kind = 'boolean' AND v.num = ?)");
            params.add(f.value() ? 1 : 0);
        } else {
            sql.append('0');
        }
    }

    private void text(Operator op, String cmp, String value) {
        if (op == Operator.PREFIX) {
            sql.append("(v.kind = 'text' AND substr(v.text, 1, ?) = ?)");
            params.add(value.codePointCount(0, value.length()));
            params.add(value);
        } else {
            sql.append("(v.kind = 'text' AND v.text ").append(cmp).append(" ?)");
            params.add(value);
        }
    }
}
