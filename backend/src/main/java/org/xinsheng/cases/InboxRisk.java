package org.xinsheng.cases;

import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffAccount;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * The inbox's risk levels as conditions an index can serve. A case's level is the higher of two: its deadline's
 * (how long it is overdue: a range of deadlines, because the steps only look at the deadline) and, while it is open,
 * its flags'. So the cases at one level are those whose deadline falls in that level's range and no flag raises
 * higher (a walk of the deadline index), plus the open cases a flag raises to exactly that level whose deadline
 * gives less (a walk of that level's "@level" rows in case_flag, {@link CaseFlagIndex}).
 */
final class InboxRisk {

    private static final String EARLIEST = "TIMESTAMP '1000-01-01 00:00:00'";

    private final Jurisdiction.Risk rules;
    private final InboxRepository inbox;

    InboxRisk(Jurisdiction.Risk rules, InboxRepository inbox) {
        this.rules = rules;
        this.inbox = inbox;
    }

    /** The levels above none that a case can reach, highest first. */
    List<Integer> ranks() {
        return Stream.concat(rules.overdue().stream().map(s -> RiskLevels.rank(s.level())),
                        rules.byFlag().values().stream().map(RiskLevels::rank))
                .filter(r -> r > 0).distinct().sorted((a, b) -> b - a).toList();
    }

    /**
     * What puts a case at this level by its deadline, as conditions to add to the filters ({@code k}: after this
     * cursor); null when no overdue step gives the level.
     */
    InboxSql byDeadline(int level, InboxCursor k, Instant now) {
        if (stepHours(r -> r == level).isEmpty()) {
            return null;
        }
        InboxSql sql = new InboxSql().add(" AND ").add(reached(r -> r >= level, now));
        OptionalInt higher = stepHours(r -> r > level);
        if (higher.isPresent()) {
            sql.add(higher.getAsInt() == 0 ? " AND f.deadline_at >= ?" : " AND f.deadline_at > ?", bound(higher, now));
        } else {
            // a lower end, or H2 starts the range at the cases without a deadline (most of them) and skips them
            sql.add(" AND f.deadline_at > " + EARLIEST);
        }
        sql.add(notRaised(r -> r > level));
        if (k != null) {
            if (k.deadline() == null) {
                // the cursor's case came from the flagged ones without a deadline, after every case with one
                return sql.add(" AND 1 = 0");
            }
            sql.add(" AND f.deadline_at >= ? AND ", k.deadline())
                    .add(InboxRepository.after("f.deadline_at", k.deadline(), k, "c"));
        }
        return sql;
    }

    /**
     * The open cases their flags raise to this level ({@link CaseFlagIndex}'s "@level" rows) whose deadline gives them
     * less, as two walks of the flag index: those with a deadline in deadline order, then those without one in
     * filing order ({@code k}: after this cursor). Empty when no flag gives the level. Each reads from {@link #RAISED}.
     */
    List<InboxSql> raised(int level, InboxCursor k, Instant now) {
        if (!flagLevels().contains(level)) {
            return List.of();
        }
        String row = " AND r.flag = '" + CaseFlagIndex.raisedFlag(RiskLevels.ORDER.get(level)) + "'";
        InboxSql dated = new InboxSql().add(row + " AND ").add(shortOf(level, now));
        InboxSql undated = new InboxSql().add(row).add(" AND r.deadline_at IS NULL");
        if (k != null && k.deadline() == null) {
            dated.add(" AND 1 = 0");
            undated.add(" AND (r.created_at > ? OR (r.created_at = ? AND r.complaint_id > ?))", k.createdAt(),
                    k.createdAt(), k.id());
        } else if (k != null) {
            dated.add(" AND r.deadline_at >= ? AND ", k.deadline())
                    .add(InboxRepository.after("r.deadline_at", k.deadline(), k, "c"));
        }
        // the flag, fixed in each walk, leads the order so that H2 reads the index in order and stops at the limit
        return List.of(dated.add(" ORDER BY r.flag, r.deadline_at, r.created_at, r.complaint_id"),
                undated.add(" ORDER BY r.flag, r.deadline_at, r.created_at, r.complaint_id"));
    }

    static final String RAISED = " FROM case_flag r USE INDEX (ix_case_flag_walk)"
            + " JOIN case_file f ON f.complaint_id = r.complaint_id JOIN complaint c ON c.id = r.complaint_id";

    /** COUNT(*) of the caller's cases at this level: the two parts added. */
    InboxSql count(int level, StaffAccount caller, InboxQuery q, Instant now) {
        return new InboxSql().add("SELECT ").add(countExpression(level, caller, q, now));
    }

    /** The count of a level as an expression: the cases there by deadline plus those raised there by a flag. */
    InboxSql countExpression(int level, StaffAccount caller, InboxQuery q, Instant now) {
        InboxSql byDeadline = byDeadline(level, null, now);
        InboxSql sum = new InboxSql().add(byDeadline == null ? new InboxSql().add("0")
                : new InboxSql().add("(").add(inbox.countOf(caller, q, now,
                        new InboxSql().add(byDeadline).add(inbox.deadlineFloor(q)))).add(")"));
        if (flagLevels().contains(level)) {
            InboxSql raised = new InboxSql().add(" AND r.flag = '"
                    + CaseFlagIndex.raisedFlag(RiskLevels.ORDER.get(level)) + "' AND (r.deadline_at IS NULL OR ")
                    .add(shortOf(level, now)).add(")");
            sum.add(" + (").add(inbox.countOfRows("r", inbox.where(caller, q, now, InboxRepository.ID,
                    InboxRepository.FILED).add(raised)))
                    .add(")");
        }
        return sum;
    }

    /**
     * A raised row's deadline (set) gives its case less than this level: before the laxest step reaching it, or any
     * deadline when no step does (with a lower end, so that H2 skips the rows without one).
     */
    private InboxSql shortOf(int level, Instant now) {
        OptionalInt reaching = stepHours(r -> r >= level);
        if (reaching.isEmpty()) {
            return new InboxSql().add("r.deadline_at > " + EARLIEST);
        }
        return new InboxSql().add(reaching.getAsInt() == 0 ? "r.deadline_at >= ?" : "r.deadline_at > ?",
                bound(reaching, now));
    }

    /** The deadline is at least as overdue as the laxest step among the levels given. */
    private InboxSql reached(IntPredicate levels, Instant now) {
        OptionalInt hours = stepHours(levels);
        return new InboxSql().add(hours.getAsInt() == 0 ? "f.deadline_at < ?" : "f.deadline_at <= ?",
                bound(hours, now));
    }

    private static Instant bound(OptionalInt hours, Instant now) {
        return now.minus(Duration.ofHours(hours.getAsInt()));
    }

    /** The fewest hours overdue (0 for "past the deadline") of the steps giving one of these levels. */
    private OptionalInt stepHours(IntPredicate levels) {
        return rules.overdue().stream().filter(s -> levels.test(RiskLevels.rank(s.level())))
                .mapToInt(s -> Math.max(s.afterHours(), 0)).min();
    }

    /** " AND NOT (raised by its flags to one of these levels)", or nothing when no flag gives one. */
    private InboxSql notRaised(IntPredicate levels) {
        List<Integer> ranks = flagLevels().stream().filter(levels::test).toList();
        return ranks.isEmpty() ? new InboxSql() : new InboxSql().add(" AND NOT ").add(raisedTo(ranks));
    }

    /** The levels flags give. */
    List<Integer> flagLevels() {
        return rules.byFlag().values().stream().map(RiskLevels::rank).filter(r -> r > 0).distinct().sorted().toList();
    }

    /** The case ({@link InboxRepository#ID}) is open and raised by its flags to one of these levels. */
    static InboxSql raisedTo(List<Integer> ranks) {
        return new InboxSql().add("EXISTS (SELECT 1 FROM case_flag rf WHERE rf.complaint_id = " + InboxRepository.ID
                + " AND rf.flag IN (" + String.join(", ", ranks.stream()
                .map(r -> "'" + CaseFlagIndex.raisedFlag(RiskLevels.ORDER.get(r)) + "'").toList()) + "))");
    }
}
