package org.xinsheng.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/**
 * Writes a case's assignments and timeline steps with one multi-row INSERT each, in the caller's transaction (the
 * repositories write one row per statement, and Micronaut Data does not batch inserts with generated ids on MySQL).
 * Instants are bound as Micronaut Data binds them, as {@link Timestamp}s.
 */
@Singleton
public class CaseRows {

    private final JdbcOperations jdbc;

    public CaseRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAssignments(List<CaseAssignment> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO case_assignment (complaint_id, unit, role, created_at) VALUES "
                + values(4, rows.size());
        jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (CaseAssignment a : rows) {
                ps.setLong(i++, a.complaintId());
                ps.setString(i++, a.unit());
                ps.setString(i++, a.role());
                ps.setTimestamp(i++, Timestamp.from(a.createdAt()));
            }
            return ps.executeUpdate();
        });
    }

    /** The steps in list order, so their ids (the timeline's order) follow it. */
    public void insertEvents(List<CaseEvent> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO case_event (complaint_id, happened_at, status, note, actor, action, public_note) VALUES "
                + values(7, rows.size());
        jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (CaseEvent e : rows) {
                ps.setLong(i++, e.complaintId());
                ps.setTimestamp(i++, Timestamp.from(e.at()));
                ps.setString(i++, e.status());
                setString(ps, i++, e.note());
                setString(ps, i++, e.actor());
                setString(ps, i++, e.action());
                setString(ps, i++, e.publicNote());
            }
            return ps.executeUpdate();
        });
    }

    private static void setString(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static String values(int columns, int rows) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(rows * (row.length() + 2));
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }
}
