package io.mediadesk.library.store.sqlite;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.metadata.CustomField;
import io.mediadesk.library.metadata.FieldSchema;
import io.mediadesk.library.metadata.FieldType;
import io.mediadesk.library.metadata.MetaValue;
import io.mediadesk.library.metadata.MetadataSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Custom metadata field definitions in {@code custom_field} and {@code custom_field_option}. */
final class FieldRows {
    private FieldRows() {
    }

    static void insert(Connection c, CustomField f) throws SQLException {
        refuseTaken(c, f);
        FieldSchema s = f.schema();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO custom_field (name, label, type, required, default_value, "
                + "min_value, max_value, min_length, max_length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, f.name());
            st.setString(2, f.label());
            st.setString(3, s.type().wireName());
            st.setInt(4, s.required() ? 1 : 0);
            st.setString(5, ValueRows.encode(s.defaultValue().orElse(null)));
            st.setString(6, ValueRows.encode(s.minValue().orElse(null)));
            st.setString(7, ValueRows.encode(s.maxValue().orElse(null)));
            setInt(st, 8, s.minLength());
            setInt(st, 9, s.maxLength());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO custom_field_option (field, position, value) VALUES (?, ?, ?)")) {
            for (int i = 0; i < s.selectOptions().size(); i++) {
                st.setString(1, f.name());
                st.setInt(2, i);
                st.setString(3, ValueRows.encode(s.selectOptions().get(i)));
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Names stay taken after a field is deleted, labels only while it lives (spec 3.12). */
    private static void refuseTaken(Connection c, CustomField f) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT name FROM custom_field WHERE name = ? OR (label = ? AND deleted = 0)")) {
            st.setString(1, f.name());
            st.setString(2, f.label());
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    boolean sameName = rs.getString(1).equals(f.name());
                    throw new InvalidValueException(f.name(), sameName ? "name" : "label", sameName
                            ? "A custom metadata field with this name already exists."
                            : "a custom metadata field labelled \"" + f.label() + "\" already exists");
                }
            }
        }
    }

    static MetadataSchema read(Connection c) throws SQLException {
        Map<String, List<MetaValue>> options = options(c);
        List<CustomField> fields = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT name, label, type, required, default_value, min_value, max_value, "
                + "min_length, max_length FROM custom_field WHERE deleted = 0 ORDER BY name");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                FieldSchema s = new FieldSchema(FieldType.fromWire(rs.getString(3)), rs.getInt(4) == 1,
                        Optional.ofNullable(ValueRows.decode(rs.getString(5))), Optional.ofNullable(ValueRows.decode(rs.getString(6))),
                        Optional.ofNullable(ValueRows.decode(rs.getString(7))), integer(rs, 8), integer(rs, 9),
                        options.getOrDefault(rs.getString(1), List.of()));
                fields.add(new CustomField(rs.getString(1), rs.getString(2), s));
            }
        }
        return MetadataSchema.of(fields);
    }

    private static Map<String, List<MetaValue>> options(Connection c) throws SQLException {
        Map<String, List<MetaValue>> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT field, value FROM custom_field_option ORDER BY field, position");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(ValueRows.decode(rs.getString(2)));
        }
        return out;
    }

    private static Optional<Integer> integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static void setInt(PreparedStatement st, int at, Optional<Integer> v) throws SQLException {
        if (v.isPresent()) st.setInt(at, v.get()); else st.setNull(at, Types.INTEGER);
    }
}
