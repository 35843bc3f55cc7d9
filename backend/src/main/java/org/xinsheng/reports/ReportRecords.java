package org.xinsheng.reports;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.xinsheng.intake.Complaint;

import java.time.Instant;
import java.util.List;

/**
 * What the reports read, counted and sorted by the database. "Status at the week's end" is the status of the last
 * timeline step before the end; only a complaint changed since the end ({@code updated_at}, which every status change
 * writes) needs that step looked up, so the current week costs no look-up at all.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReportRecords extends GenericRepository<Complaint, Long> {

    String STATUS_AT_END = "CASE WHEN c.updated_at < :end THEN c.status ELSE COALESCE((SELECT e.status FROM case_event e"
            + " WHERE e.complaint_id = c.id AND e.happened_at < :end ORDER BY e.id DESC LIMIT 1), c.status) END";
    String OPEN = "('registered', 'assigned', 'verifying', 'handling')";
    String CLOSED = "('resolved', 'closed')";
    String FIGURES = "COALESCE(SUM(x.fresh), 0) AS fresh, COUNT(*) AS total,"
            + " COALESCE(SUM(CASE WHEN x.st IN " + OPEN + " THEN 1 ELSE 0 END), 0) AS open_cases,"
            + " COALESCE(SUM(CASE WHEN x.st IN " + CLOSED + " THEN 1 ELSE 0 END), 0) AS closed_cases,"
            // overdue in week W: open at the moment counted (the week's end, or now in the current week) and past its
            // deadline then; the overdue list below uses the same test
            + " COALESCE(SUM(CASE WHEN x.st IN " + OPEN + " AND x.deadline_at < :asOf THEN 1 ELSE 0 END), 0) AS overdue,"
            + " COALESCE(SUM(COALESCE(x.amount_yuan, 0)), 0) AS claimed,"
            + " COALESCE(SUM(CASE WHEN x.resolved_at < :end THEN COALESCE(x.amount_recovered_yuan, 0) ELSE 0 END), 0)"
            + " AS recovered,"
            + " COALESCE(SUM(COALESCE(x.workers, 0)), 0) AS workers";
    String PER_COMPLAINT = "CASE WHEN c.created_at >= :start THEN 1 ELSE 0 END AS fresh, " + STATUS_AT_END + " AS st,"
            + " c.amount_yuan, c.workers, f.deadline_at, f.resolved_at, f.amount_recovered_yuan";

    /** The county: every complaint filed before the week's end, once. */
    @Query("SELECT 'county' AS kind, 'county' AS unit, " + FIGURES + " FROM (SELECT " + PER_COMPLAINT
            + " FROM complaint c LEFT JOIN case_file f ON f.complaint_id = c.id WHERE c.created_at < :end) x")
    List<Figures> county(Instant start, Instant end, Instant asOf);

    /**
     * Per unit: a complaint counts once under townships for its township part and once per other unit under bureaus
     * (a unit holding two parts, say lead and bureau, counts the complaint once: its first part only).
     */
    @Query("SELECT x.kind, x.unit, " + FIGURES + " FROM (SELECT CASE WHEN a.role = 'township' THEN 'township'"
            + " ELSE 'bureau' END AS kind, a.unit, " + PER_COMPLAINT
            + " FROM case_assignment a JOIN complaint c ON c.id = a.complaint_id"
            + " LEFT JOIN case_file f ON f.complaint_id = c.id WHERE c.created_at < :end AND (a.role = 'township'"
            + " OR NOT EXISTS (SELECT 1 FROM case_assignment b WHERE b.complaint_id = a.complaint_id"
            + " AND b.unit = a.unit AND b.role <> 'township' AND b.id < a.id))) x"
            + " GROUP BY x.kind, x.unit ORDER BY x.kind, x.unit")
    List<Figures> units(Instant start, Instant end, Instant asOf);

    /**
     * The complaints counted as overdue in the week, the longest overdue first: a walk of the deadline index that
     * stops at the limit (the test on the status in WHERE, not around a derived table, lets the databases stop
     * there instead of sorting every case past its deadline; the lower end makes H2 skip the undated cases).
     */
    @Query("SELECT c.id, c.tracking_code, c.created_at, " + STATUS_AT_END + " AS status,"
            + " c.employer, c.township, c.amount_yuan, c.workers, f.deadline_at"
            + " FROM case_file f USE INDEX (ix_case_file_deadline) JOIN complaint c ON c.id = f.complaint_id"
            + " WHERE f.deadline_at > DATE '1000-01-01' AND f.deadline_at < :asOf"
            + " AND c.created_at < :end AND " + STATUS_AT_END + " IN " + OPEN
            + " ORDER BY f.deadline_at, f.complaint_id LIMIT :limit")
    List<OverdueLine> overdue(Instant end, Instant asOf, int limit);

    /**
     * The newest complaint, timeline step and assignment: every change that moves a figure of the dispatch files a
     * complaint, writes a timeline step (each action and correction does, with the deadline, resolution and amounts it
     * sets) or adds an assignment (removing one writes a step). Unchanged marks mean a count still holds; three reads
     * of the end of a primary key.
     */
    @Query("SELECT (SELECT COALESCE(MAX(id), 0) FROM complaint) AS complaints,"
            + " (SELECT COALESCE(MAX(id), 0) FROM case_event) AS events,"
            + " (SELECT COALESCE(MAX(id), 0) FROM case_assignment) AS assignments")
    Marks marks();

    /**
     * What a count at {@code from} lacks of the overdue figures at {@code to} when nothing was written in between (so
     * no status moved): the open complaints filed before {@code end} whose deadline falls in [from, to), for the county
     * and per unit as {@link #units} counts them. A walk of the deadline index over that span: the tests on the
     * complaint are in the sums, not in WHERE, or H2 would walk the open statuses' index (a fifth of the complaints).
     */
    String DUE = "c.status IN " + OPEN + " AND c.created_at < :end";

    @Query("SELECT 'county' AS kind, 'county' AS unit, COALESCE(SUM(CASE WHEN " + DUE + " THEN 1 ELSE 0 END), 0)"
            + " AS overdue FROM case_file f JOIN complaint c ON c.id = f.complaint_id"
            + " WHERE f.deadline_at >= :from AND f.deadline_at < :to"
            + " UNION ALL SELECT CASE WHEN a.role = 'township' THEN 'township' ELSE 'bureau' END AS kind, a.unit,"
            + " COUNT(DISTINCT CASE WHEN " + DUE + " THEN a.complaint_id END) AS overdue"
            + " FROM case_file f JOIN complaint c ON c.id = f.complaint_id JOIN case_assignment a"
            + " ON a.complaint_id = f.complaint_id WHERE f.deadline_at >= :from AND f.deadline_at < :to"
            + " GROUP BY CASE WHEN a.role = 'township' THEN 'township' ELSE 'bureau' END, a.unit")
    List<Due> dueBetween(Instant from, Instant to, Instant end);

    /** A page of the ledger: complaints filed in [start, end) after the given one, by filing time. */
    @Query("SELECT c.id, c.tracking_code, c.created_at, c.channel, c.status, c.township, c.sector, c.employer,"
            + " c.amount_yuan, c.workers, f.deadline_at, f.resolution_route, f.amount_recovered_yuan, f.workers_paid,"
            + " f.resolved_at, f.closed_at FROM complaint c LEFT JOIN case_file f ON f.complaint_id = c.id"
            + " WHERE c.created_at >= :start AND c.created_at < :end"
            + " AND (c.created_at > :afterAt OR (c.created_at = :afterAt AND c.id > :afterId))"
            + " ORDER BY c.created_at, c.id LIMIT :limit")
    List<LedgerLine> ledgerPage(Instant start, Instant end, Instant afterAt, long afterId, int limit);

    @Introspected
    record Figures(String kind, String unit, long fresh, long total, long openCases, long closedCases, long overdue,
                   long claimed, long recovered, long workers) {
    }

    @Introspected
    record Marks(long complaints, long events, long assignments) {
    }

    @Introspected
    record Due(String kind, String unit, long overdue) {
    }

    @Introspected
    record OverdueLine(long id, String trackingCode, Instant createdAt, String status, @Nullable String employer,
                       @Nullable String township, @Nullable Long amountYuan, @Nullable Integer workers,
                       Instant deadlineAt) {
    }

    @Introspected
    record LedgerLine(long id, String trackingCode, Instant createdAt, String channel, String status,
                      @Nullable String township, @Nullable String sector, @Nullable String employer,
                      @Nullable Long amountYuan, @Nullable Integer workers, @Nullable Instant deadlineAt,
                      @Nullable String resolutionRoute, @Nullable Long amountRecoveredYuan,
                      @Nullable Integer workersPaid, @Nullable Instant resolvedAt, @Nullable Instant closedAt) {
    }
}
