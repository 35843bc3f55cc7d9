package org.xinsheng.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.staff.StaffRole;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inbox in SQL: what the caller may see, filtered, sorted and cut into keyset pages by the database, and the
 * number of all matches. The risk level is a CASE expression built from the jurisdiction's risk rules, so it ranks
 * exactly as {@link RiskLevels} does for one case. A case without a deadline sorts after every case with one.
 */
@Singleton
public class InboxRepository {

    private static final List<String> OPEN = List.of("registered", "assigned", "verifying", "handling");
    /** Stands in for "no deadline" in sorting and cursors: later than any real one. */
    private static final Instant NO_DEADLINE = Instant.parse("9999-01-01T00:00:00Z");
    private static final String DEADLINE = "COALESCE(f.deadline_at, ?)";

    private final JdbcOperations jdbc;
    private final Jurisdiction jurisdiction;

    public InboxRepository(JdbcOperations jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    /** One row of a page, with the sort keys its cursor needs. */
    public record Row(long id, String trackingCode, String status, String channel, String language, Instant createdAt,
                      Instant deadline, String flags, String sector, String township, Long amountYuan,
                      Integer workers, String employer, int rank) {
    }

    public record Page(List<Row> rows, boolean more) {
    }

    public Page page(StaffAccount caller, InboxQuery q, Instant now) {
        InboxSql sql = pageSql(caller, q, now);
        List<Row> rows = jdbc.prepareStatement(sql.text(), ps -> {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
        boolean more = rows.size() > q.limit();
        return new Page(more ? rows.subList(0, q.limit()) : rows, more);
    }

    public long count(StaffAccount caller, InboxQuery q, Instant now) {
        InboxSql sql = countSql(caller, q, now);
        return jdbc.prepareStatement(sql.text(), ps -> {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** One page and one row more (to know whether another page follows). */
    InboxSql pageSql(StaffAccount caller, InboxQuery q, Instant now) {
        InboxSql sql = new InboxSql().add("SELECT c.id, c.tracking_code, c.status, c.channel, c.lang, c.created_at,"
                        + " f.deadline_at, f.flags, c.sector, c.township, c.amount_yuan, c.workers, c.employer, ")
                .add(rank(now)).add(" AS risk_rank FROM complaint c JOIN case_file f ON f.complaint_id = c.id")
                .add(where(caller, q, now));
        if (q.cursor() != null) {
            sql.add(" AND ").add(after(q.cursor(), now));
        }
        switch (q.sort()) {
            case "filed" -> sql.add(" ORDER BY c.created_at DESC, c.id DESC");
            case "deadline" -> sql.add(" ORDER BY " + DEADLINE + ", c.created_at, c.id", NO_DEADLINE);
            default -> sql.add(" ORDER BY risk_rank DESC, " + DEADLINE + ", c.created_at, c.id", NO_DEADLINE);
        }
        return sql.add(" LIMIT ?", q.limit() + 1);
    }

    InboxSql countSql(StaffAccount caller, InboxQuery q, Instant now) {
        return new InboxSql().add("SELECT COUNT(*) FROM complaint c JOIN case_file f ON f.complaint_id = c.id")
                .add(where(caller, q, now));
    }

    /** The caller's cases (handlers: their unit's; everyone else: all) that pass the filters. */
    InboxSql where(StaffAccount caller, InboxQuery q, Instant now) {
        InboxSql w = new InboxSql().add(" WHERE 1 = 1");
        if (!caller.staffRole().seesAll()) {
            w.add(" AND EXISTS (SELECT 1 FROM case_assignment a WHERE a.complaint_id = c.id AND a.unit = ?)",
                    caller.unit() == null ? "" : caller.unit());
        }
        if (q.unit() != null) {
            w.add(" AND EXISTS (SELECT 1 FROM case_assignment u WHERE u.complaint_id = c.id AND u.unit = ?)", q.unit());
        }
        if (q.status() != null) {
            w.add(" AND c.status = ?", q.status());
        }
        if (q.risk() != null) {
            w.add(" AND ").add(rank(now)).add(" = ?", RiskLevels.rank(q.risk()));
        }
        if (q.overdue()) {
            w.add(" AND f.deadline_at < ?", now);
        }
        if (q.flag() != null) {
            w.add(" AND " + hasFlag(), likeWord(q.flag()));
        }
        if (q.sector() != null) {
            w.add(" AND c.sector = ?", q.sector());
        }
        if (q.township() != null) {
            w.add(" AND c.township = ?", q.township());
        }
        ZoneId zone = ZoneId.of(jurisdiction.deadlines().timeZone());
        if (q.from() != null) {
            w.add(" AND c.created_at >= ?", q.from().atStartOfDay(zone).toInstant());
        }
        if (q.to() != null) {
            w.add(" AND c.created_at < ?", q.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (q.trackingCode() != null) {
            w.add(" AND c.tracking_code = ?", q.trackingCode());
        }
        if (q.phone() != null) {
            // Only the handlers of a unit on the case know the complainant's phone (CaseAccess.seesContact); for
            // anyone else a number finds nothing, so the inbox cannot be used to test which phone filed what.
            w.add(caller.staffRole() == StaffRole.HANDLER ? " AND c.complainant_phone = ?" : " AND 1 = 0",
                    caller.staffRole() == StaffRole.HANDLER ? new Object[] {q.phone()} : new Object[0]);
        }
        if (q.employer() != null) {
            w.add(" AND c.employer LIKE ? ESCAPE '!'", "%" + escapeLike(q.employer()) + "%");
        }
        return w;
    }

    /** Rows after the cursor's, in the order of its sort. */
    private InboxSql after(InboxCursor k, Instant now) {
        Instant deadline = k.deadline() == null ? NO_DEADLINE : k.deadline();
        InboxSql tail = new InboxSql().add("(c.created_at > ? OR (c.created_at = ? AND c.id > ?))",
                k.createdAt(), k.createdAt(), k.id());
        InboxSql byDeadline = new InboxSql().add("(" + DEADLINE + " > ? OR (" + DEADLINE + " = ? AND ",
                NO_DEADLINE, deadline, NO_DEADLINE, deadline).add(tail).add("))");
        return switch (k.sort()) {
            case "filed" -> new InboxSql().add("(c.created_at < ? OR (c.created_at = ? AND c.id < ?))",
                    k.createdAt(), k.createdAt(), k.id());
            case "deadline" -> byDeadline;
            default -> new InboxSql().add("(").add(rank(now)).add(" < ? OR (", k.rank()).add(rank(now))
                    .add(" = ? AND ", k.rank()).add(byDeadline).add("))");
        };
    }

    /** 3 (red) down to 0 (none): the highest level any overdue step or, on an open case, any flag gives. */
    InboxSql rank(Instant now) {
        Map<Integer, InboxSql> byLevel = new TreeMap<>();
        for (Jurisdiction.Risk.Step step : jurisdiction.risk().overdue()) {
            InboxSql when = step.afterHours() <= 0
                    ? new InboxSql().add("f.deadline_at < ?", now)
                    : new InboxSql().add("f.deadline_at <= ?", now.minus(Duration.ofHours(step.afterHours())));
            or(byLevel, RiskLevels.rank(step.level()), when);
        }
        jurisdiction.risk().byFlag().forEach((flag, level) -> or(byLevel, RiskLevels.rank(level), new InboxSql()
                .add("(c.status IN ('" + String.join("', '", OPEN) + "') AND " + hasFlag() + ")", likeWord(flag))));
        InboxSql expr = new InboxSql().add("(CASE");
        byLevel.entrySet().stream().filter(e -> e.getKey() > 0)
                .sorted(Map.Entry.<Integer, InboxSql>comparingByKey().reversed())
                .forEach(e -> expr.add(" WHEN ").add(e.getValue()).add(" THEN " + e.getKey()));
        return expr.add(" ELSE 0 END)");
    }

    private static void or(Map<Integer, InboxSql> byLevel, int level, InboxSql condition) {
        InboxSql existing = byLevel.get(level);
        byLevel.put(level, existing == null ? condition : new InboxSql().add(existing).add(" OR ").add(condition));
    }

    /** Flags are stored as one space-separated string. */
    private static String hasFlag() {
        return "CONCAT(' ', f.flags, ' ') LIKE ? ESCAPE '!'";
    }

    private static String likeWord(String flag) {
        return "% " + escapeLike(flag) + " %";
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp deadline = rs.getTimestamp("deadline_at");
        long amount = rs.getLong("amount_yuan");
        Long amountYuan = rs.wasNull() ? null : amount;
        int workers = rs.getInt("workers");
        Integer workerCount = rs.wasNull() ? null : workers;
        return new Row(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("status"),
                rs.getString("channel"), rs.getString("lang"), rs.getTimestamp("created_at").toInstant(),
                deadline == null ? null : deadline.toInstant(), rs.getString("flags"), rs.getString("sector"),
                rs.getString("township"), amountYuan, workerCount, rs.getString("employer"), rs.getInt("risk_rank"));
    }
}
