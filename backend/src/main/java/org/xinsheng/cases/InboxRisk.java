package org.xinsheng.cases;

import org.xinsheng.routing.Jurisdiction;
import org.xinsheng.staff.StaffAccount;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The inbox's risk levels as conditions an index can serve. A case's level is the higher of two: its deadline's
 * (how long it is overdue: a range of deadlines, because the steps only look at the deadline) and, while it is open,
 * its flags'. So the cases at one level are those whose deadline falls in that level's range and no flag raises
 * higher (a walk of the deadline index), plus the open cases a flag raises to exactly that level whose deadline
 * gives less (few: the flagged open cases).
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

    /** What puts an open case at this level by its flags and not its deadline; null when no flag gives the level. */
    InboxSql byFlag(int level, InboxCursor k, Instant now) {
        InboxSql raised = openWith(r -> r == level);
        if (raised == null) {
            return null;
        }
        InboxSql sql = new InboxSql().add(" AND ").add(raised).add(notRaised(r -> r > level));
        if (stepHours(r -> r >= level).isPresent()) {
            sql.add(" AND (f.deadline_at IS NULL OR NOT ").add(reached(r -> r >= level, now)).add(")");
        }
        if (k != null) {
            sql.add(" AND ").add(InboxRepository.after("COALESCE(f.deadline_at, " + InboxRepository.NO_DEADLINE_SQL + ")",
                    k.deadline() == null ? InboxRepository.NO_DEADLINE : k.deadline(), k, "c"));
        }
        return sql;
    }

    /** COUNT(*) of the caller's cases at this level: the two parts added. */
    InboxSql count(int level, StaffAccount caller, InboxQuery q, Instant now) {
        InboxSql byDeadline = byDeadline(level, null, now);
        InboxSql byFlag = byFlag(level, null, now);
        return new InboxSql().add("SELECT ").add(part(byDeadline, caller, q, now)).add(" + ")
                .add(part(byFlag, caller, q, now));
    }

    private InboxSql part(InboxSql extra, StaffAccount caller, InboxQuery q, Instant now) {
        return extra == null ? new InboxSql().add("0")
                : new InboxSql().add("(").add(inbox.countOf(caller, q, now, extra)).add(")");
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

    /** " AND NOT (open with a flag of these levels)", or nothing when no flag gives one. */
    private InboxSql notRaised(IntPredicate levels) {
        InboxSql raised = openWith(levels);
        return raised == null ? new InboxSql() : new InboxSql().add(" AND NOT ").add(raised);
    }

    private InboxSql openWith(IntPredicate levels) {
        List<String> flags = rules.byFlag().entrySet().stream()
                .filter(e -> levels.test(RiskLevels.rank(e.getValue()))).map(Map.Entry::getKey).sorted().toList();
        if (flags.isEmpty()) {
            return null;
        }
        InboxSql sql = new InboxSql().add("(c.status IN ('" + String.join("', '", InboxRepository.OPEN) + "') AND (");
        IntStream.range(0, flags.size()).forEach(i -> sql.add((i == 0 ? "" : " OR ") + InboxRepository.hasFlag(),
                InboxRepository.likeWord(flags.get(i))));
        return sql.add("))");
    }
}
