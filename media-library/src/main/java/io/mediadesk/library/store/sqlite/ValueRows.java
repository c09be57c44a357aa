package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.metadata.MetaValue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata values as {@code asset_value} rows (one per scalar, with its kind) and single scalars
 * as {@code kind:value} text for the field definition columns.
 */
final class ValueRows {
    private ValueRows() {
    }

    static final String INSERT = "INSERT INTO asset_value (asset, source, field, position, list, kind, text, num) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** Adds the rows of {@code values} to a batch of {@link #INSERT}. */
    static void add(PreparedStatement st, long seq, String source, Map<String, MetaValue> values) throws SQLException {
        for (var e : values.entrySet()) {
            List<MetaValue> scalars = e.getValue().scalars();
            for (int i = 0; i < scalars.size(); i++) {
                st.setLong(1, seq);
                st.setString(2, source);
                st.setString(3, e.getKey());
                st.setInt(4, i);
                st.setInt(5, e.getValue() instanceof MetaValue.Many ? 1 : 0);
                bind(st, scalars.get(i));
                st.addBatch();
            }
        }
    }

    private static void bind(PreparedStatement st, MetaValue v) throws SQLException {
        st.setString(6, kind(v));
        st.setString(7, v instanceof MetaValue.Text t ? t.value() : null);
        if (v instanceof MetaValue.Num n) st.setDouble(8, n.value());
        else if (v instanceof MetaValue.Flag f) st.setInt(8, f.value() ? 1 : 0);
        else if (v instanceof MetaValue.Moment m) st.setLong(8, m.value().toEpochMilli());
        else st.setNull(8, java.sql.Types.NUMERIC);
    }

    private static String kind(MetaValue v) {
        if (v instanceof MetaValue.Text) return "text";
        if (v instanceof MetaValue.Num) return "number";
        if (v instanceof MetaValue.Flag) return "boolean";
        return "date";
    }

    /** Reads rows (field, position order) of columns {@code field, list, kind, text, num} into values. */
    static Map<String, MetaValue> read(List<Object[]> rows) {
        Map<String, List<MetaValue>> scalars = new LinkedHashMap<>();
        Map<String, Boolean> lists = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String field = (String) r[0];
            lists.put(field, (Boolean) r[1]);
            scalars.computeIfAbsent(field, k -> new ArrayList<>()).add(scalar((String) r[2], (String) r[3], (Number) r[4]));
        }
        Map<String, MetaValue> out = new LinkedHashMap<>();
        scalars.forEach((f, list) -> out.put(f, lists.get(f) ? new MetaValue.Many(list) : list.get(0)));
        return out;
    }

    /** One row's columns, kept as objects so the reader can group them after the cursor closes. */
    static Object[] row(ResultSet rs, int first) throws SQLException {
        Object num = rs.getObject(first + 4);
        return new Object[] {rs.getString(first), rs.getInt(first + 1) == 1, rs.getString(first + 2), rs.getString(first + 3),
            num instanceof Number n ? n : null};
    }

    private static MetaValue scalar(String kind, String text, Number num) {
        return switch (kind) {
            case "text" -> new MetaValue.Text(text);
            case "number" -> new MetaValue.Num(num.doubleValue());
            case "boolean" -> new MetaValue.Flag(num.intValue() == 1);
            default -> new MetaValue.Moment(Instant.ofEpochMilli(num.longValue()));
        };
    }

    /** Separates the scalars of a list value (a MultiSelect default); no text field can hold it. */
    private static final String UNIT = "\u001F";

    static String encode(MetaValue v) {
        if (v == null) return null;
        if (v instanceof MetaValue.Many many) {
            return "list:" + String.join(UNIT, many.values().stream().map(ValueRows::encode).toList());
        }
        return kind(v) + ":" + v.plain();
    }

    static MetaValue decode(String text) {
        if (text == null) return null;
        if (text.startsWith("list:")) {
            String body = text.substring("list:".length());
            return new MetaValue.Many(body.isEmpty() ? List.of()
                    : java.util.Arrays.stream(body.split(UNIT, -1)).map(ValueRows::decode).toList());
        }
        int colon = text.indexOf(':');
        String kind = text.substring(0, colon);
        String value = text.substring(colon + 1);
        return switch (kind) {
            case "text" -> new MetaValue.Text(value);
            case "number" -> new MetaValue.Num(Double.parseDouble(value));
            case "boolean" -> new MetaValue.Flag(Boolean.parseBoolean(value));
            default -> new MetaValue.Moment(Instant.parse(value));
        };
    }
}
