package org.xinsheng.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffAccount;
import org.xinsheng.staff.StaffRole;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inbox in SQL: what the caller may see, filtered, sorted and cut into keyset pages by the database, and the
 * number of all matches. The risk level is a CASE expression built from the jurisdiction's risk rules, so it ranks
 * exactly as {@link RiskLevels} does for one case. A case without a deadline sorts after every case with one.
 *
 * <p>The risk order cannot come from an index (the level depends on the clock), so it is read in segments that can:
 * each level from the highest down ({@link InboxRisk}: a range of the deadline index, plus the open cases a flag
 * raises there); then the cases not at risk by deadline (the deadline index); then those without a deadline by filing
 * time (the filing index). A page that ends one segment goes on with the next. See docs/inbox-queries.md.
 */
@Singleton
public class InboxRepository {

    /**
     * Stands in for "no deadline" in sorting and cursors: later than any real one. A literal in the SQL and a local
     * date-time when bound, so that MariaDB compares it as a DATETIME (a bound value in COALESCE would make the
     * expression a string there) and both sides read the same wall-clock value.
     */
    static final String NO_DEADLINE_SQL = "TIMESTAMP '9999-01-01 00:00:00'";
    static final LocalDateTime NO_DEADLINE = LocalDateTime.of(9999, 1, 1, 0, 0);
    private static final String COLUMNS = "c.id, c.tracking_code, c.status, c.channel, c.lang, c.created_at,"
            + " f.deadline_at, f.flags, c.sector, c.township, c.amount_yuan, c.workers, c.employer";
    static final String FROM = " FROM complaint c JOIN case_file f ON f.complaint_id = c.id";
    private static final String BY_DEADLINE = " FROM case_file f USE INDEX (ix_case_file_deadline)"
            + " JOIN complaint c ON c.id = f.complaint_id";
    /** Read in deadline order from a flag's rows (case_flag, {@link CaseFlagIndex}) when the inbox has that filter. */
    private static final String BY_FLAG = " FROM case_flag g USE INDEX (ix_case_flag_walk)"
            + " JOIN case_file f ON f.complaint_id = g.complaint_id JOIN complaint c ON c.id = g.complaint_id";
    /** Stands in for the case's id column in conditions that a count may read from either table. */
    static final String ID = "{case}";
    /**
     * The filing time as walks in deadline order test it: the case file's copy, which the deadline index holds after
     * the deadline, so that a filing-date filter is tested in the index instead of in each case's complaint row.
     */
    static final String FILED = "f.filed_at";

    enum Kind { AT_RISK, DUE_LATER, NO_DEADLINE, BY_DEADLINE, UNDATED, BY_FILED }

    /** A part of an order that one index walk serves; the cases at risk come one level ({@code rank}) at a time. */
    record Segment(Kind kind, int rank) {
        static Segment of(Kind kind) {
            return new Segment(kind, 0);
        }
    }

    private final JdbcOperations jdbc;
    private final Jurisdiction jurisdiction;
    private final InboxRisk risk;

    public InboxRepository(JdbcOperations jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.risk = new InboxRisk(jurisdiction.risk(), this);
    }

    /** One row of a page, with the sort keys its cursor needs. */
    public record Row(long id, String trackingCode, String status, String channel, String language, Instant createdAt,
                      Instant deadline, String flags, String sector, String township, Long amountYuan,
                      Integer workers, String employer, int rank) {
    }

    public record Page(List<Row> rows, boolean more) {
    }

    @Transactional(readOnly = true)
    public Page page(StaffAccount caller, InboxQuery q, Instant now) {
        List<Segment> segments = segments(q);
        InboxCursor cursor = q.cursor();
        int first = cursor == null ? 0 : segments.indexOf(segmentOf(cursor));
        List<Row> rows = new ArrayList<>();
        for (int s = Math.max(first, 0); first >= 0 && s < segments.size() && rows.size() <= q.limit(); s++) {
            rows.addAll(segmentRows(segments.get(s), caller, q, s == first ? cursor : null,
                    q.limit() + 1 - rows.size(), now));
        }
        boolean more = rows.size() > q.limit();
        return new Page(more ? rows.subList(0, q.limit()) : rows, more);
    }

    @Transactional(readOnly = true)
    public long count(StaffAccount caller, InboxQuery q, Instant now) {
        return single(countSql(caller, q, now), rs -> rs.getLong(1), 0L);
    }

    /** The first query of a page, for EXPLAIN. */
    InboxSql pageSql(StaffAccount caller, InboxQuery q, Instant now) {
        return segmentSql(segments(q).get(0), caller, q, q.cursor(), q.limit() + 1, now, false);
    }

    InboxSql countSql(StaffAccount caller, InboxQuery q, Instant now) {
        if (q.risk() != null && RiskLevels.rank(q.risk()) > 0) {
            return risk.count(RiskLevels.rank(q.risk()), caller, q, now);
        }
        InboxSql all = new InboxSql().add("SELECT (").add(countOf(caller, q, now, new InboxSql())).add(")");
        if (q.risk() != null) { // none: every match less those at a level, each counted from its own index walks
            risk.ranks().forEach(level -> all.add(" - (").add(risk.countExpression(level, caller, q, now)).add(")"));
        }
        return all;
    }

    private List<Segment> segments(InboxQuery q) {
        List<Segment> atRisk = risk.ranks().stream().map(r -> new Segment(Kind.AT_RISK, r)).toList();
        return switch (q.sort()) {
            case "filed" -> List.of(Segment.of(Kind.BY_FILED));
            case "deadline" -> List.of(Segment.of(Kind.BY_DEADLINE), Segment.of(Kind.UNDATED));
            default -> q.risk() == null ? concat(atRisk, List.of(Segment.of(Kind.DUE_LATER), Segment.of(Kind.NO_DEADLINE)))
                    : RiskLevels.rank(q.risk()) > 0 ? List.of(new Segment(Kind.AT_RISK, RiskLevels.rank(q.risk())))
                    : List.of(Segment.of(Kind.DUE_LATER), Segment.of(Kind.NO_DEADLINE));
        };
    }

    private static List<Segment> concat(List<Segment> a, List<Segment> b) {
        List<Segment> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Segment segmentOf(InboxCursor k) {
        return switch (k.sort()) {
            case "filed" -> Segment.of(Kind.BY_FILED);
            case "deadline" -> Segment.of(k.deadline() != null ? Kind.BY_DEADLINE : Kind.UNDATED);
            default -> k.rank() > 0 ? new Segment(Kind.AT_RISK, k.rank())
                    : Segment.of(k.deadline() != null ? Kind.DUE_LATER : Kind.NO_DEADLINE);
        };
    }

    /** The first column of the first row, or the fallback when there is none. */
    private <T> T single(InboxSql sql, SqlFunction<T> read, T fallback) {
        return jdbc.prepareStatement(sql.text(), ps -> {
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read.apply(rs) : fallback;
            }
        });
    }

    interface SqlFunction<T> {
        T apply(ResultSet rs) throws SQLException;
    }

    /** The rows of one segment, at most {@code limit}. */
    private List<Row> segmentRows(Segment segment, StaffAccount caller, InboxQuery q, InboxCursor k, int limit,
                                  Instant now) {
        InboxSql page = segmentSql(segment, caller, q, k, limit, now, true);
        if (page == null) {
            return List.of();
        }
        return jdbc.prepareStatement(page.text(), ps -> {
            page.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    /**
     * The query of one segment's rows; null when the segment cannot hold any. Parts read by deadline are first cut
     * where their page ends ({@link #bounded}) when {@code cut}; without it the query runs nothing (for EXPLAIN).
     */
    private InboxSql segmentSql(Segment segment, StaffAccount caller, InboxQuery q, InboxCursor k, int limit,
                                Instant now, boolean cut) {
        InboxSql sql = switch (segment.kind()) {
            case AT_RISK -> atRisk(segment.rank(), caller, q, k, limit, cut, now);
            case DUE_LATER, BY_DEADLINE -> {
                InboxSql where = where(caller, q, now, "c.id", FILED).add(" AND f.deadline_at IS NOT NULL").add(deadlineFloor(q))
                        .add(segment.kind() == Kind.DUE_LATER
                                ? new InboxSql().add(" AND ").add(notOverdueAtRisk(now)).add(notFlagged())
                                : riskResidual(q, now));
                if (k != null) {
                    where.add(" AND f.deadline_at >= ? AND ", k.deadline()).add(after("f.deadline_at", k.deadline(), k, "c"));
                }
                yield flagRows(q, new InboxSql().add("SELECT " + COLUMNS + ", ").add(segment.kind() == Kind.DUE_LATER
                                ? new InboxSql().add("0") : rank(now)).add(" AS risk_rank" + byDeadline(q))
                        .add(bounded(where, q, cut ? limit : 0)).add(" ORDER BY f.deadline_at, c.created_at, c.id"));
            }
            case NO_DEADLINE, UNDATED -> {
                // Written as COALESCE(...) = the stand-in, not IS NULL: so the databases walk the filing-time index
                // in order and stop at the page's end, instead of reading every undated case by the deadline index.
                InboxSql undated = new InboxSql().add("SELECT " + COLUMNS + ", ").add(segment.kind() == Kind.NO_DEADLINE
                                ? new InboxSql().add("0") : rank(now)).add(" AS risk_rank" + FROM)
                        .add(where(caller, q, now))
                        .add(" AND COALESCE(f.deadline_at, " + NO_DEADLINE_SQL + ") = " + NO_DEADLINE_SQL)
                        .add(segment.kind() == Kind.NO_DEADLINE ? notFlagged() : riskResidual(q, now));
                if (k != null) {
                    undated.add(" AND (c.created_at > ? OR (c.created_at = ? AND c.id > ?))", k.createdAt(),
                            k.createdAt(), k.id());
                }
                yield undated.add(" ORDER BY c.created_at, c.id");
            }
            case BY_FILED -> {
                InboxSql filed = new InboxSql().add("SELECT " + COLUMNS + ", ").add(rank(now)).add(" AS risk_rank" + FROM)
                        .add(where(caller, q, now)).add(riskResidual(q, now));
                if (k != null) {
                    filed.add(" AND (c.created_at < ? OR (c.created_at = ? AND c.id < ?))", k.createdAt(),
                            k.createdAt(), k.id());
                }
                yield filed.add(" ORDER BY c.created_at DESC, c.id DESC");
            }
        };
        return sql == null ? null : sql.add(" LIMIT ?", limit).replace(ID, "c.id");
    }

    /**
     * The cases at one risk level: those whose deadline puts them there (a range of the deadline index) and those an
     * open case's flags raise there (walks of the flag index), merged in deadline order; null when nothing can be at
     * that level.
     */
    private InboxSql atRisk(int level, StaffAccount caller, InboxQuery q, InboxCursor k, int limit, boolean cut,
                            Instant now) {
        InboxSql byDeadline = risk.byDeadline(level, k, now);
        List<InboxSql> raised = risk.raised(level, k, now);
        InboxSql dated = byDeadline == null ? null : flagRows(q, new InboxSql()
                .add("SELECT " + COLUMNS + ", " + level + " AS risk_rank" + byDeadline(q))
                .add(bounded(where(caller, q, now, "c.id", FILED).add(byDeadline).add(deadlineFloor(q)), q,
                        cut ? limit : 0))
                .add(" ORDER BY f.deadline_at, c.created_at, c.id"));
        if (raised.isEmpty()) {
            return dated;
        }
        // each part stops at the page's size; the merge sorts at most that many rows from each
        List<InboxSql> parts = new ArrayList<>();
        if (dated != null) {
            parts.add(dated);
        }
        for (InboxSql part : raised) {
            parts.add(new InboxSql().add("SELECT " + COLUMNS + ", " + level + " AS risk_rank" + InboxRisk.RAISED)
                    .add(where(caller, q, now, "c.id", "r.created_at")).add(part));
        }
        InboxSql union = new InboxSql().add("SELECT x.* FROM (");
        for (int i = 0; i < parts.size(); i++) {
            union.add(i == 0 ? "(" : " UNION ALL (").add(parts.get(i)).add(" LIMIT ?)", limit);
        }
        return union.add(") x ORDER BY COALESCE(x.deadline_at, " + NO_DEADLINE_SQL + "), x.created_at, x.id");
    }

    /**
     * A part read in deadline order, when the inbox is filtered by a flag: walked from that flag's rows, which carry
     * the case's deadline, instead of testing every case file in deadline order for the flag.
     */
    private static InboxSql flagRows(InboxQuery q, InboxSql sql) {
        if (q.flag() == null || !sql.text().contains(BY_DEADLINE)) {
            return sql;
        }
        // the flag, fixed in the walk, leads the order so that H2 reads the index in order and stops at the limit
        return sql.replace(BY_DEADLINE, BY_FLAG).replace(hasFlag("c.id"), "g.flag = ?")
                .replace(" ORDER BY f.deadline_at, c.created_at, c.id", " ORDER BY g.flag, g.deadline_at, g.created_at,"
                        + " g.complaint_id")
                .replace(" ORDER BY f.deadline_at LIMIT", " ORDER BY g.flag, g.deadline_at LIMIT")
                .replace("f.deadline_at", "g.deadline_at").replace(FILED, "g.created_at");
    }

    /**
     * The conditions of a part read in deadline order, cut at the deadline of its {@code limit}-th row. That row is
     * found by walking the deadline index alone (no sort); the page's own query then sorts only the rows up to it and
     * those sharing its deadline, instead of every case the conditions match (thousands when many are overdue).
     */
    private InboxSql bounded(InboxSql where, InboxQuery q, int limit) {
        Timestamp bound = limit == 0 ? null : single(nthDeadline(where, q, limit), rs -> rs.getTimestamp(1), null);
        InboxSql out = new InboxSql().add(where);
        return bound == null ? out : out.add(" AND f.deadline_at <= ?", bound.toLocalDateTime());
    }

    /**
     * The deadline of the n-th row. Both databases would rather read a filter's own index (a status, a township) and
     * sort all it finds; the walk in deadline order stops after n matches, so it is asked for, except for a search
     * (a code, a phone, an employer), which matches a handful of cases that are cheaper found by their own index.
     */
    static InboxSql nthDeadline(InboxSql where, InboxQuery q, int n) {
        return flagRows(q, new InboxSql().add("SELECT f.deadline_at" + byDeadline(q)).add(where)
                .add(" ORDER BY f.deadline_at LIMIT 1 OFFSET ?", n - 1)).replace(ID, "c.id");
    }

    private static String byDeadline(InboxQuery q) {
        return q.trackingCode() != null || q.phone() != null || q.employer() != null ? FROM : BY_DEADLINE;
    }

    /**
     * With a filing date from, a walk by deadline may start there too: a deadline is never before its filing
     * (Deadlines counts from the filing, a resolution or the moment a case reopens). Without this, "filed since
     * last month" walked every long-overdue case of earlier months to find the few recent ones.
     */
    InboxSql deadlineFloor(InboxQuery q) {
        return q.from() == null ? new InboxSql() : new InboxSql().add(" AND f.deadline_at >= ?",
                q.from().atStartOfDay(ZoneId.of(jurisdiction.deadlines().timeZone())).toInstant());
    }

    /** For sorts other than risk, and counts: the risk filter case by case. */
    private InboxSql riskResidual(InboxQuery q, Instant now) {
        if (q.risk() == null) {
            return new InboxSql();
        }
        if (RiskLevels.rank(q.risk()) > 0) {
            return new InboxSql().add(" AND ").add(rank(now)).add(" = ?", RiskLevels.rank(q.risk()));
        }
        return new InboxSql().add(" AND (f.deadline_at IS NULL OR NOT (").add(overdueAtRisk(now)).add("))")
                .add(notFlagged());
    }

    /** Not raised by its flags. */
    private InboxSql notFlagged() {
        List<Integer> levels = risk.flagLevels();
        InboxSql out = new InboxSql();
        return levels.isEmpty() ? out : out.add(" AND NOT ").add(InboxRisk.raisedTo(levels));
    }

    /** The negation of {@link #overdueAtRisk}, written as a range the deadline index serves. */
    private InboxSql notOverdueAtRisk(Instant now) {
        return jurisdiction.risk().overdue().stream().filter(s -> RiskLevels.rank(s.level()) > 0)
                .mapToInt(Jurisdiction.Risk.Step::afterHours).min()
                .stream().mapToObj(h -> h <= 0 ? new InboxSql().add("f.deadline_at >= ?", now)
                        : new InboxSql().add("f.deadline_at > ?", now.minus(Duration.ofHours(h))))
                .findFirst().orElse(new InboxSql().add("1 = 1"));
    }

    private InboxSql overdueAtRisk(Instant now) {
        return jurisdiction.risk().overdue().stream().filter(s -> RiskLevels.rank(s.level()) > 0)
                .mapToInt(Jurisdiction.Risk.Step::afterHours).min()
                .stream().mapToObj(h -> h <= 0 ? new InboxSql().add("f.deadline_at < ?", now)
                        : new InboxSql().add("f.deadline_at <= ?", now.minus(Duration.ofHours(h))))
                .findFirst().orElse(new InboxSql().add("1 = 0"));
    }

    /**
     * COUNT(*) of the caller's cases that pass the filters and the extra conditions, read from as few tables as the
     * conditions name: the case files alone, the complaints alone, or the units alone. Exact because every complaint
     * has its case file and its units from the transaction that filed it (CaseOpener; CaseBackfill for older rows).
     */
    InboxSql countOf(StaffAccount caller, InboxQuery q, Instant now, InboxSql extra) {
        // the filing date is tested in the index a count walks: a flag's rows and the deadline index carry it
        boolean indexed = q.flag() != null || extra.text().contains("f.deadline_at");
        InboxSql conditions = where(caller, q, now, ID, indexed ? FILED : "c.created_at").add(extra);
        if (q.flag() != null) {
            return countOfRows("g", conditions.replace(hasFlag(ID), "g.flag = ?"));
        }
        boolean complaint = conditions.text().matches("(?s).*\\bc\\..*");
        boolean file = conditions.text().matches("(?s).*\\bf\\..*");
        if (!complaint && !file && caller.staffRole().seesAll() != (q.unit() == null)) {
            return new InboxSql().add("SELECT COUNT(DISTINCT a.complaint_id) FROM case_assignment a WHERE a.unit = ?",
                    caller.staffRole().seesAll() ? q.unit() : caller.unit() == null ? "" : caller.unit());
        }
        String from = complaint && file ? FROM : complaint ? " FROM complaint c" : " FROM case_file f";
        return new InboxSql().add("SELECT COUNT(*)" + from)
                .add(conditions.replace(ID, complaint ? "c.id" : "f.complaint_id"));
    }

    /**
     * COUNT(*) walking rows of case_flag (as {@code alias}), which carry the case's deadline: the case file and the
     * complaint are joined only when the conditions read other columns of theirs.
     */
    InboxSql countOfRows(String alias, InboxSql conditions) {
        InboxSql on = conditions.replace("f.deadline_at", alias + ".deadline_at").replace(FILED, alias + ".created_at")
                .replace(ID, alias + ".complaint_id");
        boolean complaint = on.text().matches("(?s).*\\bc\\..*");
        boolean file = on.text().matches("(?s).*\\bf\\..*");
        return new InboxSql().add("SELECT COUNT(*) FROM case_flag " + alias
                        + (file ? " JOIN case_file f ON f.complaint_id = " + alias + ".complaint_id" : "")
                        + (complaint ? " JOIN complaint c ON c.id = " + alias + ".complaint_id" : ""))
                .add(on);
    }

    /** The caller's cases (handlers: their unit's; everyone else: all) that pass the filters other than risk. */
    InboxSql where(StaffAccount caller, InboxQuery q, Instant now) {
        return where(caller, q, now, "c.id", "c.created_at");
    }

    /** The same, with the case's id and its filing time read from the columns given. */
    InboxSql where(StaffAccount caller, InboxQuery q, Instant now, String id, String filed) {
        InboxSql w = new InboxSql().add(" WHERE 1 = 1");
        if (!caller.staffRole().seesAll()) {
            w.add(" AND EXISTS (SELECT 1 FROM case_assignment a WHERE a.complaint_id = " + id + " AND a.unit = ?)",
                    caller.unit() == null ? "" : caller.unit());
        }
        if (q.unit() != null) {
            w.add(" AND EXISTS (SELECT 1 FROM case_assignment u WHERE u.complaint_id = " + id + " AND u.unit = ?)",
                    q.unit());
        }
        if (q.status() != null) {
            w.add(" AND c.status = ?", q.status());
        }
        if (q.overdue()) {
            w.add(" AND f.deadline_at < ?", now);
        }
        if (q.flag() != null) {
            w.add(" AND " + hasFlag(id), q.flag());
        }
        if (q.sector() != null) {
            w.add(" AND c.sector = ?", q.sector());
        }
        if (q.township() != null) {
            w.add(" AND c.township = ?", q.township());
        }
        ZoneId zone = ZoneId.of(jurisdiction.deadlines().timeZone());
        if (q.from() != null) {
            w.add(" AND " + filed + " >= ?", q.from().atStartOfDay(zone).toInstant());
        }
        if (q.to() != null) {
            w.add(" AND " + filed + " < ?", q.to().plusDays(1).atStartOfDay(zone).toInstant());
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

    /** Rows after the cursor's by deadline (the expression given), filing time, id. */
    static InboxSql after(String deadline, Object cursorDeadline, InboxCursor k, String t) {
        return new InboxSql().add("(" + deadline + " > ?", cursorDeadline).add(" OR (" + deadline + " = ?", cursorDeadline)
                .add(" AND (" + t + ".created_at > ? OR (" + t + ".created_at = ? AND " + t + ".id > ?))))",
                        k.createdAt(), k.createdAt(), k.id());
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
        risk.flagLevels().forEach(level -> or(byLevel, level, InboxRisk.raisedTo(List.of(level))));
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

    /** The case carries the flag bound to the one parameter (a row of case_flag). */
    static String hasFlag(String id) {
        return "EXISTS (SELECT 1 FROM case_flag qf WHERE qf.complaint_id = " + id + " AND qf.flag = ?)";
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
