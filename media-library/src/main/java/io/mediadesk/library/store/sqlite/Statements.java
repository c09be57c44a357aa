package io.mediadesk.library.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Binds parameters by their Java type: the only way values reach SQL in this adapter. */
final class Statements {
    private Statements() {
    }

    static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            int at = i + 1;
            if (p instanceof String s) st.setString(at, s);
            else if (p instanceof Integer n) st.setInt(at, n);
            else if (p instanceof Long n) st.setLong(at, n);
            else if (p instanceof Double d) st.setDouble(at, d);
            else if (p == null) st.setNull(at, java.sql.Types.NULL);
            else throw new IllegalArgumentException("cannot bind a " + p.getClass().getSimpleName());
        }
    }
}
