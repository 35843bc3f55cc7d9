package org.xinsheng.cases;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinsheng.routing.Jurisdiction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the table case_flag (V30): a row for each flag of a case, and one "@level" row ({@link #raisedFlag}) for an
 * open case its flags raise to a risk level (the highest they give), each with the case's deadline and filing time,
 * so that the inbox reads flagged and raised cases from one index walk (see {@link InboxRepository}).
 *
 * <p>The rows follow every save and update of a case file, in its transaction. That covers status changes too: the
 * writes that move a case (CaseActions, CaseCorrections, StillNotPaid, CaseOpener) all write its case file after the
 * complaint's new status. The "@level" rows follow the jurisdiction's rules, which may change between starts, so they
 * are checked at start and made again when they do not match.
 */
@Singleton
public class CaseFlagIndex implements EntityEventListener<CaseFile> {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFlagIndex.class);

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Jurisdiction.Risk rules;

    public CaseFlagIndex(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                         Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rules = jurisdiction.risk();
    }

    /** The row that marks an open case raised to this level by its flags. */
    static String raisedFlag(String level) {
        return "@" + level;
    }

    private record Row(String flag, Instant deadline, Instant created) {
    }

    @Override
    public void postPersist(EntityEventContext<CaseFile> context) {
        sync(context.getEntity(), true);
    }

    @Override
    public void postUpdate(EntityEventContext<CaseFile> context) {
        sync(context.getEntity(), false);
    }

    /** A new case file has no rows yet: a filing reads nothing more than the complaint's status. */
    private void sync(CaseFile file, boolean created) {
        long id = file.complaintId();
        Set<Row> want = jdbc.prepareStatement("SELECT status, created_at FROM complaint WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rows(file.flagList(), rs.getString(1), micros(file.deadlineAt()),
                        micros(rs.getTimestamp(2).toInstant())) : Set.<Row>of();
            }
        });
        Set<Row> have = created ? Set.of() : jdbc.prepareStatement("SELECT flag, deadline_at, created_at FROM case_flag WHERE complaint_id = ?",
                ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        Set<Row> out = new HashSet<>();
                        while (rs.next()) {
                            out.add(new Row(rs.getString(1), instant(rs.getTimestamp(2)),
                                    instant(rs.getTimestamp(3))));
                        }
                        return out;
                    }
                });
        if (!want.equals(have)) { // most writes of a case file change neither its flags nor its deadline
            write(id, have, want);
        }
    }

    /** The rows a case should have: its flags, and while open the level they raise it to. */
    private Set<Row> rows(List<String> flags, String status, Instant deadline, Instant created) {
        Set<Row> rows = new HashSet<>();
        flags.forEach(flag -> rows.add(new Row(flag, deadline, created)));
        String raised = RiskLevels.byFlags(flags, rules);
        if (RiskLevels.rank(raised) > 0 && CaseStatus.isOpen(status)) {
            rows.add(new Row(raisedFlag(raised), deadline, created));
        }
        return rows;
    }

    /**
     * Moves the case's rows from what they are to what they should be, each by its whole key: a DELETE by the case
     * alone would lock the gap after the newest case's rows in InnoDB, and concurrent filings inserting there
     * deadlock each other (3,244 retries for 1,000 filings on a Galera cluster filing as fast as it could).
     */
    private void write(long id, Set<Row> have, Set<Row> want) {
        Map<String, Row> old = new HashMap<>();
        have.forEach(row -> old.put(row.flag(), row));
        Map<String, Row> now = new HashMap<>();
        want.forEach(row -> now.put(row.flag(), row));
        for (Row row : have) {
            if (!now.containsKey(row.flag())) {
                statement("DELETE FROM case_flag WHERE complaint_id = ? AND flag = ?", id, row.flag());
            }
        }
        for (Row row : want) {
            Row before = old.get(row.flag());
            if (before == null) {
                statement("INSERT INTO case_flag (deadline_at, created_at, complaint_id, flag) VALUES (?, ?, ?, ?)",
                        row.deadline(), row.created(), id, row.flag());
            } else if (!before.equals(row)) {
                statement("UPDATE case_flag SET deadline_at = ?, created_at = ? WHERE complaint_id = ? AND flag = ?",
                        row.deadline(), row.created(), id, row.flag());
            }
        }
    }

    private void statement(String sql, Object... values) {
        jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Instant at) {
                    ps.setTimestamp(i + 1, Timestamp.from(at));
                } else if (values[i] instanceof Long n) {
                    ps.setLong(i + 1, n);
                } else if (values[i] == null) {
                    ps.setNull(i + 1, Types.TIMESTAMP);
                } else {
                    ps.setString(i + 1, (String) values[i]);
                }
            }
            return ps.executeUpdate();
        });
    }

    /**
     * At start: the "@level" rows must be those the rules give now. Each level's count is compared with the count
     * the rules give; on any difference they are all made again (once after the rules change).
     */
    @EventListener
    void onStartup(StartupEvent event) {
        try {
            if (!raisedRowsMatchRules()) {
                int made = transactions.executeWrite(status -> remakeRaisedRows());
                LOG.info("Made the risk rows of {} open flagged cases again for the jurisdiction's rules", made);
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot check the risk rows of flagged cases: {}", e.getMessage());
        }
    }

    boolean raisedRowsMatchRules() {
        return transactions.executeRead(status -> raisedRowsMatchRulesNow());
    }

    private boolean raisedRowsMatchRulesNow() {
        Map<String, Long> have = new HashMap<>();
        jdbc.prepareStatement("SELECT flag, COUNT(*) FROM case_flag WHERE flag LIKE '@%' GROUP BY flag", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    have.put(rs.getString(1), rs.getLong(2));
                }
            }
            return null;
        });
        Map<String, Long> want = new HashMap<>();
        for (int level = RiskLevels.ORDER.size() - 1; level > 0; level--) {
            String sql = raisedSql(level, "COUNT(DISTINCT g.complaint_id)");
            if (sql != null) {
                long n = jdbc.prepareStatement(sql, ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                });
                if (n > 0) {
                    want.put(raisedFlag(RiskLevels.ORDER.get(level)), n);
                }
            }
        }
        return want.equals(have);
    }

    /** Every "@level" row made again from the flag rows and the complaints' status; answers how many. */
    int remakeRaisedRows() {
        jdbc.prepareStatement("DELETE FROM case_flag WHERE flag LIKE '@%'", PreparedStatement::executeUpdate);
        int made = 0;
        for (int level = RiskLevels.ORDER.size() - 1; level > 0; level--) {
            String select = raisedSql(level, "DISTINCT g.complaint_id, '" + raisedFlag(RiskLevels.ORDER.get(level))
                    + "', g.deadline_at, g.created_at");
            if (select != null) {
                made += jdbc.prepareStatement("INSERT INTO case_flag (complaint_id, flag, deadline_at, created_at) "
                        + select, PreparedStatement::executeUpdate);
            }
        }
        return made;
    }

    /** The open cases whose flags raise them to exactly this level, or null when no flag gives it. */
    private String raisedSql(int level, String what) {
        List<String> at = flagsOf(level, level);
        if (at.isEmpty()) {
            return null;
        }
        List<String> higher = flagsOf(level + 1, RiskLevels.ORDER.size() - 1);
        return "SELECT " + what + " FROM case_flag g JOIN complaint c ON c.id = g.complaint_id WHERE g.flag IN ("
                + quoted(at) + ") AND c.status IN (" + quoted(CaseStatus.OPEN) + ")"
                + (higher.isEmpty() ? "" : " AND NOT EXISTS (SELECT 1 FROM case_flag h WHERE h.complaint_id"
                + " = g.complaint_id AND h.flag IN (" + quoted(higher) + "))");
    }

    private List<String> flagsOf(int lowest, int highest) {
        return rules.byFlag().entrySet().stream()
                .filter(e -> RiskLevels.rank(e.getValue()) >= lowest && RiskLevels.rank(e.getValue()) <= highest)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Flag names come from the jurisdiction file and the code, never from a request ([a-z_]). */
    private static String quoted(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (!name.matches("[a-z_@]+")) {
                throw new IllegalStateException("Not a flag name: " + name);
            }
            out.add("'" + name + "'");
        }
        return String.join(", ", out);
    }

    /**
     * Every row made again from the case files and complaints, for data written around the repositories (the bulk
     * loader of bench/scale writes its own; tests that insert case files with SQL call this). Answers how many.
     */
    int rebuild() {
        return transactions.executeWrite(status -> {
            Map<Long, Set<Row>> all = jdbc.prepareStatement("SELECT f.complaint_id, f.flags, f.deadline_at, c.status,"
                    + " c.created_at FROM case_file f JOIN complaint c ON c.id = f.complaint_id", ps -> {
                        Map<Long, Set<Row>> out = new HashMap<>();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.put(rs.getLong(1), rows(CaseFile.flagList(rs.getString(2)), rs.getString(4),
                                        instant(rs.getTimestamp(3)), instant(rs.getTimestamp(5))));
                            }
                        }
                        return out;
                    });
            jdbc.prepareStatement("DELETE FROM case_flag", PreparedStatement::executeUpdate);
            int n = 0;
            for (Map.Entry<Long, Set<Row>> e : all.entrySet()) {
                write(e.getKey(), Set.of(), e.getValue());
                n += e.getValue().size();
            }
            return n;
        });
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }
}
