package org.xinsheng.cases;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** SQL text with its parameters, built in step so that each piece carries its own values. */
final class InboxSql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    InboxSql add(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    InboxSql add(InboxSql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** The same SQL with a placeholder in its text replaced; the parameters keep their places. */
    InboxSql replace(String placeholder, String with) {
        InboxSql out = new InboxSql();
        out.text.append(text.toString().replace(placeholder, with));
        out.params.addAll(params);
        return out;
    }

    String text() {
        return text.toString();
    }

    void bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object value : params) {
            if (value instanceof Instant at) {
                ps.setTimestamp(i++, Timestamp.from(at));
            } else if (value instanceof LocalDateTime at) {
                ps.setTimestamp(i++, Timestamp.valueOf(at));
            } else if (value instanceof Long n) {
                ps.setLong(i++, n);
            } else if (value instanceof Integer n) {
                ps.setInt(i++, n);
            } else {
                ps.setString(i++, (String) value);
            }
        }
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
